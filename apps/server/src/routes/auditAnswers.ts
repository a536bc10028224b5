import Type, { type TSchema } from 'typebox';
import { JobView } from '../services/jobView.ts';
import { PublishAcknowledgement } from '../services/preview/PublishAcknowledgement.ts';
import { PlaybookView } from './answerSchemas.ts';
import { NextCursor } from './paging.ts';

const Instant = Type.String({ format: 'date-time' });
const OrNull = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
/** The states of a publish request. */
export const ApprovalStatusSchema = Type.Union([Type.Literal('pending'), Type.Literal('approved'), Type.Literal('rejected'), Type.Literal('withdrawn'), Type.Literal('superseded')]);
const ActorKind = Type.Union([Type.Literal('person'), Type.Literal('key'), Type.Literal('local')], { description: 'A signed-in person, an API key, or the local operator (local mode).' });

/** Who acted: a person (name = email), a key (name = the key's name) or the local operator (id null, name "local"). */
export const ActorRefView = Type.Object({ kind: ActorKind, id: OrNull(Type.String()), name: Type.String() });

export const AuditItem = Type.Object({
  id: Type.Integer({ minimum: 1, description: 'Orders the log: a later write has a greater id.' }),
  at: Instant,
  actor: Type.String({ description: 'Who made the change: the person’s email, the key’s name, or "local".' }),
  actor_kind: ActorKind,
  actor_id: OrNull(Type.String({ description: 'The person’s or key’s id; null for the local operator.' })),
  action: Type.String({ description: 'What was done, e.g. `playbook.publish`, `customer.erase` (server README, "Audit log").' }),
  object_type: Type.String({ description: 'e.g. `playbook`, `segment`, `customer`, `key`, `person`.' }),
  object_id: OrNull(Type.String()),
  version: OrNull(Type.Integer({ minimum: 1, description: 'For playbooks: the version the change produced.' })),
  detail: OrNull(Type.Record(Type.String(), Type.Unknown(), { description: 'Small facts: counts, changed fields. Never passwords or key text.' })),
});

export const AuditPage = Type.Object({ items: Type.Array(AuditItem, { description: 'Newest first.' }), next_cursor: NextCursor });

export const Approval = Type.Object(
  {
    id: Type.String(),
    playbook_id: Type.String(),
    playbook_name: Type.String(),
    status: Type.Union([Type.Literal('pending'), Type.Literal('approved'), Type.Literal('rejected'), Type.Literal('withdrawn'), Type.Literal('superseded')], {
      description: '`withdrawn`: the requester turned it down; `superseded`: a newer request for the same playbook replaced it.',
    }),
    requested_by: ActorRefView,
    requested_at: Instant,
    decided_by: OrNull(ActorRefView),
    decided_at: OrNull(Instant),
    reason: OrNull(Type.String()),
    version: OrNull(Type.Integer({ minimum: 1, description: 'The version approving it published.' })),
    summary: Type.Object(
      {
        acknowledged: OrNull(PublishAcknowledgement),
        draft_changed: Type.Boolean({ description: 'The draft is no longer the requested snapshot: approving answers 409; ask again. While false, the publish preview of the draft is the preview of what approving publishes.' }),
        published_version: OrNull(Type.Integer({ minimum: 1, description: 'The live version now; approving publishes the next.' })),
      },
      { description: 'What the approver is shown: what the requester’s publish dialog showed (the preview’s overlaps they acknowledged), and whether the draft changed since.' },
    ),
  },
  { description: 'A four-eyes publish request.' },
);

export const ApprovalAnswer = Type.Object({ approval: Approval });
export const ApprovalPage = Type.Object({ items: Type.Array(Approval, { description: 'Newest first.' }), next_cursor: NextCursor });
export const ApprovalPublished = Type.Object(
  { approval: Approval, playbook: PlaybookView, job: OrNull(JobView) },
  { description: 'Approved and published: the playbook as it is now; `job` is the enrolment or arming still under way (null when none is).' },
);
export const PublishRequested = Type.Object({ approval: Approval }, { description: 'Four-eyes publishing is on: the publish is a request, waiting for another editor or an admin.' });
