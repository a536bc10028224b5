import type { CustomerView } from '@stayflow/engine';
import type { CustomerExport } from '@stayflow/store';
import Type, { type Static } from 'typebox';
import { messageFields, stepAnswer } from '../routes/activityAnswers.ts';
import { iso } from '../routes/common.ts';

/** Names the layout below; a change that a reader of older exports would trip on gets a new number. */
export const CUSTOMER_EXPORT_FORMAT = 'stayflow/customer-export@1';

const Time = Type.Union([Type.String({ format: 'date-time' }), Type.Null()]);
const Open = Type.Record(Type.String(), Type.Unknown());
/** Keeps fields this schema does not name (e.g. a new column): the export must never drop data silently. */
const rows = <T extends Type.TProperties>(properties: T, description: string) => Type.Array(Type.Object(properties, { additionalProperties: true }), { description });

export const CustomerExportAnswer = Type.Object(
  {
    format: Type.Literal(CUSTOMER_EXPORT_FORMAT),
    exported_at: Type.String({ format: 'date-time' }),
    customer: Type.Object(
      { id: Type.String(), attributes: Open, tags: Type.Array(Type.String()), metrics: Open, segments: Type.Array(Type.String()), created_at: Time, updated_at: Time },
      { additionalProperties: true },
    ),
    state: Type.Object(
      {
        first_order_at: Time,
        last_order_at: Time,
        last_nps: Type.Union([Type.Number(), Type.Null()]),
        last_nps_at: Time,
        last_seen_at: Time,
        negative_feedback_at: Type.Array(Type.String()),
        messages_sent_at: Type.Array(Type.String()),
        runs_started: Type.Record(Type.String(), Type.Number()),
        segment_triggers_matched: Type.Record(Type.String(), Type.Boolean()),
      },
      { additionalProperties: true, description: 'What the runtime keeps to decide what happens next.' },
    ),
    events: rows({ id: Type.String(), type: Type.String(), at: Time, received_at: Time, properties: Open }, 'Every stored event, oldest first.'),
    runs: rows(
      {
        id: Type.String(),
        playbook: Type.String(),
        version: Type.Number(),
        status: Type.String(),
        exit_reason: Type.Union([Type.String(), Type.Null()]),
        control: Type.Boolean(),
        variant: Type.Union([Type.String(), Type.Null()]),
        waiting_at: Type.Union([Type.String(), Type.Null()]),
        entered_at: Time,
        ended_at: Time,
        converted_at: Time,
        steps: Type.Array(Type.Object({ visit: Type.Number(), node: Type.String(), port: Type.Union([Type.String(), Type.Null()]), at: Time, left_at: Time })),
      },
      'Every journey through a playbook, oldest first, with its steps.',
    ),
    messages: rows({ id: Type.String(), playbook: Type.String(), run: Type.String(), channel: Type.String(), subject: Type.Union([Type.String(), Type.Null()]), body: Type.String(), status: Type.String(), at: Time, sent_at: Time }, 'Every message playbooks produced.'),
    coupons: rows({ code: Type.String(), playbook: Type.String(), run: Type.String(), issued_at: Time, valid_until: Time, redeemed_at: Time }, 'Coupons issued.'),
    tasks: rows({ id: Type.String(), title: Type.String(), playbook: Type.String(), status: Type.String(), created_at: Time, due_at: Time, closed_at: Time }, 'Follow-up tasks about the customer.'),
    pending_timers: rows({ id: Type.String(), kind: Type.String(), playbook: Type.Union([Type.String(), Type.Null()]), due_at: Time }, 'Waits and date triggers still to fire.'),
    deliveries: rows(
      { id: Type.String(), kind: Type.String(), status: Type.String(), attempts: Type.Number(), payload: Open, created_at: Time, next_attempt_at: Time, delivered_at: Time, attempt_log: Type.Array(Open) },
      'Messages and webhooks handed to channels, pending ones included, with every attempt.',
    ),
    other: Type.Record(Type.String(), Type.Array(Open), { description: "Rows of further tables that hold the customer's id, by table (times as ISO 8601)." }),
  },
  { description: 'Everything Stayflow holds about one customer, for a person to read (times in ISO 8601, UTC).' },
);
export type CustomerExportAnswer = Static<typeof CustomerExportAnswer>;

const isoList = (times: readonly number[]) => times.map((ms) => iso(ms));

/** A column that holds an instant: `at`, `*_at`, `valid_until`, `due_at`. */
const isTimeColumn = (name: string) => name === 'at' || name.endsWith('_at') || name === 'valid_until';
const readableRow = (row: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(row).map(([name, value]) => [name, isTimeColumn(name) && typeof value === 'number' ? iso(value) : value]));

/** The export as a person reads it: snake_case, ISO times, the customer's metrics and segments as the app shows them at `now`. */
export function customerExportAnswer(data: CustomerExport, view: CustomerView, now: number): CustomerExportAnswer {
  const { customer } = data;
  const metrics = customer.world.customer.metrics;
  const activeNodes = new Map(customer.world.runs.filter((r) => r.status === 'active').map((r) => [r.id, r.node]));
  return {
    format: CUSTOMER_EXPORT_FORMAT,
    exported_at: iso(now),
    customer: {
      id: customer.id,
      attributes: customer.attributes,
      tags: customer.tags,
      metrics: view.metrics as unknown as Record<string, unknown>,
      segments: view.segments,
      created_at: iso(customer.createdAt),
      updated_at: iso(customer.updatedAt),
    },
    state: {
      first_order_at: iso(metrics.firstOrderAt),
      last_order_at: iso(metrics.lastOrderAt),
      last_nps: metrics.lastNps,
      last_nps_at: iso(metrics.lastNpsAt),
      last_seen_at: iso(metrics.lastSeenAt),
      negative_feedback_at: isoList(metrics.negativeFeedbackAt),
      messages_sent_at: isoList(customer.world.sentAt),
      runs_started: customer.world.starts,
      segment_triggers_matched: customer.world.matching,
    },
    events: data.events.map((e) => ({ id: e.id, type: e.type, at: iso(e.at), received_at: iso(e.receivedAt), properties: e.properties })),
    runs: data.runs.map((r) => ({
      id: r.id,
      playbook: r.playbookId,
      version: r.version,
      status: r.status,
      exit_reason: r.exitReason,
      control: r.control,
      variant: r.variant,
      waiting_at: activeNodes.get(r.id) ?? null,
      entered_at: iso(r.enteredAt),
      ended_at: iso(r.endedAt),
      converted_at: iso(r.convertedAt),
      steps: r.steps.map(stepAnswer),
    })),
    messages: data.messages.map((m) => ({ id: m.key, ...messageFields(m), at: iso(m.at), sent_at: iso(m.sentAt) })),
    coupons: data.coupons.map((c) => ({
      code: c.code,
      playbook: c.playbookId,
      run: c.runId,
      node: c.node,
      percent: c.percent,
      amount: c.amount,
      currency: c.currency,
      issued_at: iso(c.issuedAt),
      valid_until: iso(c.validUntil),
      redeemed_at: iso(c.redeemedAt),
    })),
    tasks: data.tasks.map((t) => ({
      id: t.id,
      title: t.title,
      assignee: t.assignee,
      playbook: t.playbookId,
      run: t.runId,
      node: t.node,
      status: t.status,
      created_at: iso(t.createdAt),
      due_at: iso(t.dueAt),
      closed_at: iso(t.closedAt),
    })),
    pending_timers: data.timers.map((t) => ({ id: t.id, kind: t.kind, playbook: t.playbookId, due_at: iso(t.dueAt) })),
    deliveries: data.deliveries.map((d) => ({
      id: d.key,
      kind: d.kind,
      status: d.status,
      attempts: d.attempts,
      payload: d.payload,
      last_error: d.lastError,
      created_at: iso(d.createdAt),
      next_attempt_at: d.status === 'pending' ? iso(d.nextAttemptAt) : null,
      delivered_at: iso(d.deliveredAt),
      attempt_log: d.attemptLog.map((a) => ({ at: iso(a.at), ok: a.ok, detail: a.detail })),
    })),
    other: Object.fromEntries(Object.entries(data.other).map(([table, list]) => [table, list.map(readableRow)])),
  };
}

/**
 * `customer-<id>.json` for `Content-Disposition`: the id as the web app names the file
 * (characters no file system accepts become `_`) in `filename*`, and an ASCII-only
 * `filename` for clients that read only that.
 */
export function exportDisposition(id: string): string {
  // eslint-disable-next-line no-control-regex
  const name = `customer-${id.replace(/[/\\:*?"<>|\u0000-\u001f\u007f]/g, '_')}.json`;
  const ascii = name.replace(/[^\x20-\x7e]|[%;]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}
