import type { JobRecord } from '@stayflow/store';
import Type, { type Static, type TSchema } from 'typebox';
import { iso } from '../routes/common.ts';

const Instant = Type.String({ format: 'date-time' });
const OrNull = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** A background job as the API shows it (README, "Background jobs"). */
export const JobView = Type.Object(
  {
    id: Type.String(),
    kind: Type.Union([Type.Literal('enrol'), Type.Literal('arm_dates'), Type.Literal('arm_schedule'), Type.Literal('sweep'), Type.Literal('schedule'), Type.Literal('recount'), Type.Literal('prune'), Type.Literal('fit_models')], {
      description: 'enrol: customers matching a segment trigger enter, after publishing; arm_dates: date triggers are scheduled for everyone; schedule: a schedule firing; sweep: the periodic re-check of segment triggers and exit rules; prune: removing records past their retention period; fit_models: fitting the churn and value models, then scoring every customer.',
    }),
    playbook: OrNull(Type.String()),
    status: Type.Union([Type.Literal('queued'), Type.Literal('running'), Type.Literal('done'), Type.Literal('failed'), Type.Literal('cancelled')]),
    done: Type.Integer({ minimum: 0, description: 'Customers done so far (for prune: rows removed).' }),
    total: OrNull(Type.Integer({ minimum: 0, description: 'Customers when the job was queued; null when the job does not count customers. Customers added meanwhile can make `done` pass it.' })),
    created_at: Instant,
    started_at: OrNull(Instant),
    finished_at: OrNull(Instant),
    error: OrNull(Type.String({ description: 'Why the job failed, for an operator.' })),
  },
  { $id: 'Job', additionalProperties: false, description: 'A background job and its progress.' },
);
export type JobView = Static<typeof JobView>;

export function jobView(job: JobRecord): JobView {
  return {
    id: job.id,
    kind: job.kind,
    playbook: job.playbookId,
    status: job.status,
    done: job.done,
    total: job.total,
    created_at: iso(job.createdAt),
    started_at: iso(job.startedAt),
    finished_at: iso(job.finishedAt),
    error: job.error,
  };
}
