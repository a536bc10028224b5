import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { hashPassword, passwordProblem, type PersonRecord, type Store } from '@stayflow/store';
import { randomBytes } from 'node:crypto';
import { HttpError, invalidInput, notFound } from '../plugins/errors.ts';
import type { PeoplePresence } from '../services/PeoplePresence.ts';
import type { SchemaProblem } from '../plugins/describeSchemaErrors.ts';
import { answers, IdParams, NoContent } from './common.ts';
import { NewPersonBody, PeopleList, Person, PersonChangesBody, personAnswer , problem } from './teamAnswers.ts';

export interface PeopleRouteOptions {
  store: Pick<Store, 'people' | 'sessions'>;
  presence: PeoplePresence;
  /** Wall-clock milliseconds. */
  now?: () => number;
}

/** An address with one "@", something before it and a dot after it; what mail servers accept is theirs to judge. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** 409 when a change would leave no enabled admin: someone must still be able to manage people. */
async function keepAnAdmin(store: Pick<Store, 'people'>, person: PersonRecord, what: string): Promise<void> {
  if (person.role !== 'admin' || person.disabled) return;
  if ((await store.people.countEnabledAdmins()) > 1) return;
  throw new HttpError(409, 'conflict', `${person.email} is the last enabled admin, so they cannot be ${what}; make another person an admin first.`);
}

/** The people who sign in (admin only; server README, "Accounts and sign-in"). */
export const peopleRoutes: FastifyPluginAsyncTypebox<PeopleRouteOptions> = async (app, { store, presence, now = Date.now }) => {
  app.get('/api/people', { schema: { tags: ['team'], operationId: 'listPeople', summary: 'List the people who sign in', response: answers({ 200: PeopleList }) } }, async () => ({
    items: (await store.people.list()).map(personAnswer),
    next_cursor: null,
  }));

  app.post(
    '/api/people',
    { schema: { tags: ['team'], operationId: 'createPerson', summary: 'Add a person with a role and a first password', body: NewPersonBody, response: answers({ 201: Person }, 'body', 409) } },
    async (request, reply) => {
      const email = request.body.email.trim().toLowerCase();
      const problems: SchemaProblem[] = [];
      if (!EMAIL.test(email)) problems.push(problem('person.email', `"${email.slice(0, 80)}" is not an email address (name@example.com).`, '$.email'));
      const weak = passwordProblem(request.body.password);
      if (weak) problems.push(problem('password.weak', weak, '$.password'));
      if (problems.length > 0) throw invalidInput('validation_failed', problems);
      const at = now();
      const person: PersonRecord = {
        id: `person_${randomBytes(8).toString('hex')}`,
        email,
        name: request.body.name?.trim() || email.slice(0, email.indexOf('@')),
        role: request.body.role,
        passwordHash: await hashPassword(request.body.password),
        createdAt: at,
        lastSignInAt: null,
        disabled: false,
        passwordChangedAt: at,
      };
      if (!(await store.people.add(person))) throw new HttpError(409, 'conflict', `A person with the email ${email} already exists.`);
      presence.noteCreated();
      return reply.status(201).send(personAnswer(person));
    },
  );

  app.patch(
    '/api/people/:id',
    { schema: { tags: ['team'], operationId: 'updatePerson', summary: "Change a person's name, role, or whether they are disabled", params: IdParams, body: PersonChangesBody, response: answers({ 200: Person }, 'body', 404, 409) } },
    async (request) => {
      const person = await store.people.get(request.params.id);
      if (!person) throw notFound(`The person ${request.params.id}`);
      const { name, role, disabled } = request.body;
      if (role !== undefined && role !== 'admin') await keepAnAdmin(store, person, `given the ${role} role`);
      if (disabled === true) await keepAnAdmin(store, person, 'disabled');
      const changed = await store.people.update(person.id, { ...(name !== undefined ? { name: name.trim() || person.name } : {}), ...(role !== undefined ? { role } : {}), ...(disabled !== undefined ? { disabled } : {}) });
      if (!changed) throw notFound(`The person ${request.params.id}`);
      // Disabled means out at once: every session ends.
      if (disabled === true) await store.sessions.removeForPerson(person.id);
      return personAnswer(changed);
    },
  );

  app.delete(
    '/api/people/:id',
    { schema: { tags: ['team'], operationId: 'deletePerson', summary: 'Delete a person; their sessions end at once', params: IdParams, response: answers({ 204: NoContent('Deleted; their sessions have ended.') }, 404, 409) } },
    async (request, reply) => {
      const person = await store.people.get(request.params.id);
      if (!person) throw notFound(`The person ${request.params.id}`);
      await keepAnAdmin(store, person, 'deleted');
      await store.sessions.removeForPerson(person.id);
      await store.people.remove(person.id);
      presence.forget();
      return reply.status(204).send();
    },
  );
};
