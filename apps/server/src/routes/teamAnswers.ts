import type { ApiKeyRecord, PersonRecord } from '@stayflow/store';
import Type from 'typebox';
import { ROLES, type Role } from '../plugins/actor.ts';
import type { SchemaProblem } from '../plugins/describeSchemaErrors.ts';
import { iso } from './common.ts';

/** The request and answer shapes of the team routes (session, people, keys, settings), as the OpenAPI document shows them. */

const Instant = Type.String({ format: 'date-time' });

export const RoleSchema = Type.Union(
  [Type.Literal(ROLES[0]), Type.Literal(ROLES[1]), Type.Literal(ROLES[2]), Type.Literal(ROLES[3])],
  { description: 'ingest: customers and events only; viewer: read everything but people, keys, settings and audit; editor: viewer plus every change to playbooks, segments, customers, tasks; admin: everything.' },
);

export const Person = Type.Object(
  {
    id: Type.String(),
    email: Type.String({ description: 'Lower-cased.' }),
    name: Type.String(),
    role: RoleSchema,
    created_at: Instant,
    last_sign_in_at: Type.Union([Instant, Type.Null()]),
    disabled: Type.Boolean(),
  },
  { description: 'A person who signs in. Their password is never shown.' },
);

export const SessionState = Type.Object(
  {
    mode: Type.Union([Type.Literal('local'), Type.Literal('signed_in'), Type.Literal('key'), Type.Literal('signed_out')], {
      description: 'local: loopback with no person yet, everyone is the local admin; signed_in: a session cookie; key: an API key; signed_out: none of these.',
    }),
    person: Type.Union([Person, Type.Null()]),
    role: Type.Union([RoleSchema, Type.Null()]),
    csrf_token: Type.Union([Type.String(), Type.Null()], { description: 'Send it as X-CSRF-Token with every change made with the session cookie.' }),
    four_eyes: Type.Boolean({ description: 'Whether publishing needs a second person\'s approval (GET /api/settings).' }),
  },
  { description: 'Who is asking.' },
);

export const SignedIn = Type.Object({ person: Person, csrf_token: Type.String({ description: 'Send it as X-CSRF-Token with every change.' }) }, { description: 'Signed in; the session cookie is set.' });

export const SignInBody = Type.Object({ email: Type.String({ maxLength: 320 }), password: Type.String() }, { additionalProperties: false });

export const PasswordBody = Type.Object({ current_password: Type.String(), new_password: Type.String({ description: 'At least 10 characters.' }) }, { additionalProperties: false });

export const PeopleList = Type.Object({ items: Type.Array(Person), next_cursor: Type.Null({ description: 'Always null: every person is in one page.' }) });

export const NewPersonBody = Type.Object(
  {
    email: Type.String({ maxLength: 254 }),
    name: Type.Optional(Type.String({ maxLength: 200, description: 'Defaults to the part of the email before "@".' })),
    role: RoleSchema,
    password: Type.String({ description: 'The first password: at least 10 characters; the person can change it.' }),
  },
  { additionalProperties: false },
);

export const PersonChangesBody = Type.Object(
  { name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })), role: Type.Optional(RoleSchema), disabled: Type.Optional(Type.Boolean({ description: 'A disabled person cannot sign in; their sessions end at once.' })) },
  { additionalProperties: false },
);

export const ApiKeyView = Type.Object(
  { id: Type.String(), name: Type.String(), role: RoleSchema, created_at: Instant, last_used_at: Type.Union([Instant, Type.Null()], { description: 'Updated at most once a minute.' }) },
  { description: 'An API key; its text is shown only when it is created.' },
);

export const ApiKeyList = Type.Object({ items: Type.Array(ApiKeyView), next_cursor: Type.Null({ description: 'Always null: every key is in one page.' }) });

export const NewKeyBody = Type.Object({ name: Type.String({ minLength: 1, maxLength: 100, description: 'Who or what uses the key, e.g. "shop-backend".' }), role: RoleSchema }, { additionalProperties: false });

export const ApiKeyCreated = Type.Object(
  { id: Type.String(), name: Type.String(), role: RoleSchema, created_at: Instant, key: Type.String({ description: 'The key itself: shown only in this answer (only its hash is stored).' }) },
  { description: 'Created; copy `key` now.' },
);

export const WorkspaceSettingsView = Type.Object({ four_eyes: Type.Boolean({ description: 'Four-eyes publishing: a publish becomes a request another editor or an admin approves.' }) });

export const SettingsChangesBody = Type.Object({ four_eyes: Type.Optional(Type.Boolean()) }, { additionalProperties: false });

export const personAnswer = (person: PersonRecord) => ({
  id: person.id,
  email: person.email,
  name: person.name,
  role: person.role as Role,
  created_at: iso(person.createdAt),
  last_sign_in_at: iso(person.lastSignInAt),
  disabled: person.disabled,
});

export const keyAnswer = (key: ApiKeyRecord) => ({ id: key.id, name: key.name, role: key.role as Role, created_at: iso(key.createdAt), last_used_at: iso(key.lastUsedAt) });

/** One problem of a request for a 400's `errors`. */
export const problem = (code: string, message: string, path: string): SchemaProblem => ({ code, message, path });
