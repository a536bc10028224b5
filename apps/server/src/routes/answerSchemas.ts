import { Playbook } from '@stayflow/playbook';
import Type, { type TSchema } from 'typebox';
import { JobView } from '../services/jobView.ts';
import { PublishAcknowledgement } from '../services/preview/PublishAcknowledgement.ts';
import { NextCursor } from './paging.ts';

/**
 * The success answers of the routes that build their answers inline, as the OpenAPI document
 * shows them and a generated client types them. The integration tests check every answer
 * they receive against these (test/harness.ts), so an answer that drifts from its schema fails.
 */

const Instant = Type.String({ format: 'date-time' });
const OrNull = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Open = Type.Record(Type.String(), Type.Unknown());
const Count = Type.Integer({ minimum: 0 });
const Rate = OrNull(Type.Number({ minimum: 0, maximum: 1 }));
const Texts = Type.Record(Type.String(), Type.String());

export const Health = Type.Object({ ok: Type.Literal(true) }, { description: 'The server is up.' });

// Customers

export const CustomerMetrics = Type.Object(
  {
    orders: Count,
    total_spent: Type.Number(),
    avg_order_value: OrNull(Type.Number()),
    first_order_at: OrNull(Instant),
    last_order_at: OrNull(Instant),
    days_since_last_order: OrNull(Type.Number()),
    last_nps: OrNull(Type.Number()),
    negative_feedback_90d: Count,
    days_since_last_seen: OrNull(Type.Number()),
    p_alive: OrNull(Type.Number({ description: 'From the customer-base models; null until the customer is scored.' })),
    expected_orders_30d: OrNull(Type.Number()),
    expected_orders_90d: OrNull(Type.Number()),
    expected_orders_365d: OrNull(Type.Number()),
    expected_order_value: OrNull(Type.Number({ description: "In the customer's currency." })),
    predicted_clv: OrNull(Type.Number()),
  },
  { $id: 'CustomerMetrics', description: 'Metrics from the customer’s events, as of the server clock.' },
);

const customerSummaryProperties = {
  id: Type.String(),
  attributes: Open,
  tags: Type.Array(Type.String()),
  metrics: CustomerMetrics,
  segments: Type.Array(Type.String(), { description: 'Names of the segments the customer is in.' }),
  updated_at: OrNull(Instant),
};

export const CustomerSummary = Type.Object(customerSummaryProperties, { $id: 'CustomerSummary' });

export const CustomerList = Type.Object(
  {
    total: Type.Integer({ minimum: 0, description: 'Every customer the list walks through: those matching `q` when searched, else every stored customer.' }),
    customers: Type.Array(CustomerSummary),
    next_cursor: NextCursor,
  },
  { description: 'A page of customers, in id order.' },
);

export const Coupon = Type.Object(
  {
    code: Type.String(),
    percent: OrNull(Type.Number()),
    amount: OrNull(Type.Number()),
    currency: OrNull(Type.String()),
    playbook: Type.String({ description: 'The same as playbook_id (the v1 name).' }),
    playbook_id: Type.String(),
    issued_at: OrNull(Instant),
    valid_until: OrNull(Instant),
    redeemed_at: OrNull(Instant),
  },
  { $id: 'Coupon' },
);

const TaskStatus = Type.Union([Type.Literal('open'), Type.Literal('done'), Type.Literal('cancelled')]);

export const CustomerDetail = Type.Object(
  {
    ...customerSummaryProperties,
    coupons: Type.Array(Coupon),
    tasks: Type.Array(
      Type.Object({ id: Type.String(), title: Type.String(), assignee: OrNull(Type.String()), status: TaskStatus, playbook: Type.String({ description: 'The same as playbook_id (the v1 name).' }), playbook_id: Type.String(), created_at: OrNull(Instant), due_at: OrNull(Instant) }),
      { description: 'Up to 100 of their tasks, newest first.' },
    ),
    active_runs: Type.Array(Type.Object({ id: Type.String(), playbook: Type.String({ description: 'The same as playbook_id (the v1 name).' }), playbook_id: Type.String(), node: Type.String(), entered_at: OrNull(Instant) })),
    created_at: OrNull(Instant),
  },
  { $id: 'CustomerDetail', description: 'The customer with metrics, segments, tags, coupons, tasks and active runs.' },
);

export const Upserted = Type.Object({ upserted: Type.Integer({ minimum: 0, description: 'Customers created or updated.' }) }, { description: 'Stored.' });

export const Ingested = Type.Object(
  {
    accepted: Count,
    duplicates: Type.Integer({ minimum: 0, description: 'Events whose id was already stored with the same content: accepted once only.' }),
    conflicts: Type.Optional(Type.Integer({ minimum: 0, description: 'Batches only: events not stored because their id was already used by an event with another customer, type, time or properties (a single such event is answered 409).' })),
    conflict_ids: Type.Optional(Type.Array(Type.String(), { maxItems: 100, description: 'Batches only: the ids of the conflicts (the first 100).' })),
  },
  { description: 'Stored (or already stored); conflicting events are counted and not stored.' },
);

// Playbooks

const PlaybookStatus = Type.Union([Type.Literal('draft'), Type.Literal('live'), Type.Literal('paused')]);

export const Problem = Type.Object(
  {
    code: Type.String(),
    message: Type.String(),
    node: Type.Optional(Type.String()),
    edge: Type.Optional(Type.String()),
    path: Type.String({ description: 'A JSON path into the document, such as $.nodes[2].wait.' }),
    severity: Type.Union([Type.Literal('error'), Type.Literal('warning')]),
  },
  { $id: 'Problem' },
);

export const Validation = Type.Object({ valid: Type.Boolean(), errors: Type.Array(Problem), warnings: Type.Array(Problem) }, { $id: 'Validation', description: 'What the validator found.' });

const Draft = Type.Unknown({ description: 'The draft as saved: a stayflow/playbook@1 document, which may still have problems when saved with ?partial=true.' });

export const PlaybookSummary = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    description: Type.String(),
    tags: Type.Array(Type.String()),
    meta: Open,
    status: PlaybookStatus,
    published_version: OrNull(Type.Integer({ minimum: 1 })),
    published_at: OrNull(Instant),
    updated_at: Instant,
    entered: Count,
    converted: Count,
    jobs: Type.Array(JobView, { description: 'Its background jobs still queued or running, oldest first.' }),
  },
  { $id: 'PlaybookSummary' },
);

export const PlaybookList = Type.Object({ playbooks: Type.Array(PlaybookSummary), next_cursor: NextCursor }, { description: 'A page of playbooks, in id order.' });

export const PlaybookView = Type.Object(
  {
    id: Type.String(),
    draft: Draft,
    status: PlaybookStatus,
    published_version: OrNull(Type.Integer({ minimum: 1 })),
    created_at: Instant,
    updated_at: Instant,
    validation: Validation,
    jobs: Type.Array(JobView, { description: 'Its background jobs still queued or running, oldest first.' }),
  },
  { $id: 'PlaybookView', description: 'The draft, its problems, the published version and the status.' },
);

/** What a version's publisher saw in the preview and published anyway (`POST /api/playbooks/:id/publish`'s `acknowledged`); null when nothing. */
const Acknowledged = OrNull(PublishAcknowledgement);

export const VersionList = Type.Object(
  { versions: Type.Array(Type.Object({ version: Type.Integer({ minimum: 1 }), published_at: Instant, acknowledged: Acknowledged })), next_cursor: NextCursor },
  { description: 'Published versions, newest first.' },
);

export const VersionDocument = Type.Object({ version: Type.Integer({ minimum: 1 }), published_at: Instant, acknowledged: Acknowledged, document: Playbook }, { description: 'The version as published.' });

export const Published = Type.Object(
  { version: Type.Integer({ minimum: 1 }), job: OrNull(JobView) },
  { description: 'Live. `job` is the enrolment or arming still under way when the answer was sent (null when none is).' },
);

export const Paused = Type.Object({ status: Type.Literal('paused') }, { description: 'Paused: no new entries.' });
export const Resumed = Type.Object({ status: Type.Literal('live') }, { description: 'Live again.' });

export const Enrolled = Type.Object(
  {
    enrolled: Type.Integer({ minimum: 0, description: 'Customers who entered the playbook now (a run started and takes its actions).' }),
    enrolled_ids: Type.Array(Type.String(), { description: 'Their ids, in the order sent.' }),
    skipped: Type.Array(
      Type.Object({
        customer_id: Type.String(),
        reason: Type.Union([Type.Literal('unknown'), Type.Literal('reentry'), Type.Literal('exit_condition'), Type.Literal('holdout'), Type.Literal('not_live')], {
          description:
            'unknown: no such customer (nothing was created; send create_missing: true to create them); reentry: the playbook’s reentry rule keeps them out (already inside, entered before with `never`, or within the cooldown); exit_condition: they already meet exit_when; holdout: they fell in the holdout group (a control run counts them in the results, but takes no action); not_live: the playbook stopped being live meanwhile.',
        }),
      }),
      { description: 'Customers sent who did not enter, each once, in the order sent.' },
    ),
  },
  { description: 'What the enrolment did, customer by customer.' },
);

const GroupFigures = Type.Object({ runs: Count, converted: Count, rate: Rate });

const Comparison = Type.Object({
  difference: OrNull(Type.Number()),
  ci_low: OrNull(Type.Number()),
  ci_high: OrNull(Type.Number()),
  p_value: OrNull(Type.Number()),
  significant: Type.Boolean(),
  needed_per_group: OrNull(Type.Integer({ minimum: 0 })),
  verdict: Type.Union([Type.Literal('no_data'), Type.Literal('not_enough_data'), Type.Literal('significant'), Type.Literal('no_difference')]),
});

export const PlaybookStats = Type.Object(
  {
    nodes: Type.Record(Type.String(), Type.Object({ entered: Count, ports: Type.Record(Type.String(), Count) }), { description: 'Per node id: how many steps entered it, and left by each port.' }),
    runs: Type.Object({ active: Count, completed: Count, exited: Count, started: Count, treatment: Count, control: Count }),
    goal: Type.Object({ converted: Count, rate: Rate, treatment_rate: Type.Optional(Rate), control_rate: Type.Optional(Rate), uplift: Type.Optional(OrNull(Type.Number())) }),
    holdout: Type.Optional(Type.Object({ treatment: GroupFigures, control: GroupFigures, comparison: Comparison })),
    variants: Type.Optional(Type.Record(Type.String(), GroupFigures)),
    variant_test: Type.Optional(Type.Object({ alpha: Type.Number(), comparisons: Type.Array(Type.Object({ ...Comparison.properties, a: Type.String(), b: Type.String() })), winner: OrNull(Type.String()) })),
    definitions: Texts,
  },
  { $id: 'PlaybookStats', description: 'Per-step counts, runs, goal conversion, holdout and variants.' },
);

const Highlight = Type.Object({ nodes: Type.Array(Type.String()), edges: Type.Array(Type.Object({ from: Type.String(), to: Type.String(), port: Type.String() })) });
const TestAction = Type.Object({ node: Type.String(), at: Instant, detail: Type.String() });

export const TestRunResult = Type.Object(
  {
    entered: Type.Boolean(),
    reason: Type.Optional(Type.String({ description: 'Why the customer would not enter, in English.' })),
    reason_code: Type.Optional(
      Type.Union(['exit_when', 'segment', 'schedule', 'date', 'event', 'manual'].map((code) => Type.Literal(code)), {
        description: '`exit_when`, or the kind of trigger that kept the customer out.',
      }),
    ),
    status: Type.String({ description: '`completed`, `exited`, `active` (still inside at the end) or `not_entered`.' }),
    ended: OrNull(Type.Object({ at: Instant, reason: Type.String() })),
    control: Type.Boolean({ description: 'The customer would be in the holdout group: nothing is done for them.' }),
    converted: Type.Boolean(),
    from: Instant,
    to: Instant,
    simulated_trigger_event: Type.Optional(Type.String()),
    path: Highlight,
    steps: Type.Array(Type.Object({ node: Type.String(), port: OrNull(Type.String()), at: Instant, left_at: Type.Optional(OrNull(Instant)) })),
    messages: Type.Array(Type.Object({ channel: Type.String(), subject: Type.Optional(OrNull(Type.String())), body: Type.String(), at: Instant, node: Type.String() })),
    coupons: Type.Array(TestAction),
    tasks: Type.Array(TestAction),
    tags: Type.Object({ added: Type.Array(Type.String()), removed: Type.Array(Type.String()) }),
    actions: Type.Array(Type.Object({ node: Type.String(), action: Type.String({ description: 'The action type, such as issue_coupon or add_tag.' }), at: Instant, detail: Type.String() }), {
      description: 'Every action the playbook would take, in order.',
    }),
  },
  { $id: 'TestRunResult', description: 'What the playbook would do to the customer (nothing was stored or sent).' },
);

export const TemplateList = Type.Object({ templates: Type.Array(Playbook) }, { description: 'The template playbooks.' });

// Segments

export const Segment = Type.Object({ name: Type.String(), if: Type.Unknown({ description: 'The JSON Logic rule.' }), description: OrNull(Type.String()), members: Count, updated_at: OrNull(Instant) }, { $id: 'Segment' });

export const SegmentList = Type.Object(
  {
    segments: Type.Array(Segment),
    members_counted_at: OrNull(Instant),
    recounting: Type.Boolean({ description: 'A full recount is under way: counts may still move.' }),
    next_cursor: NextCursor,
  },
  { description: 'A page of segments with their member counts, in name order.' },
);

export const SegmentMembers = Type.Object(
  {
    segment: Type.String(),
    customers: Type.Array(CustomerSummary),
    next_cursor: NextCursor,
  },
  {
    description:
      'A page of the segment’s members in id order, as maintained (the memberships its `members` count counts): a rule on time alone moves them at the next recount, as it moves the count.',
  },
);

export const SegmentSaved = Type.Object({ name: Type.String(), if: Type.Unknown(), description: OrNull(Type.String()) }, { description: 'Saved; its members are recounted.' });

// Activity

const RunStatus = Type.Union([Type.Literal('active'), Type.Literal('completed'), Type.Literal('exited')]);
const RunStep = Type.Object({ visit: Type.Integer({ minimum: 0 }), node: Type.String(), port: OrNull(Type.String()), at: OrNull(Instant), left_at: OrNull(Instant) });

export const RunList = Type.Object(
  {
    runs: Type.Array(
      Type.Object({
        id: Type.String(),
        playbook: Type.String({ description: 'The same as playbook_id (the v1 name).' }),
        playbook_id: Type.String(),
        version: Type.Integer({ minimum: 1 }),
        customer: Type.String({ description: 'The same as customer_id (the v1 name).' }),
        customer_id: Type.String(),
        status: RunStatus,
        exit_reason: OrNull(Type.String()),
        control: Type.Boolean(),
        variant: OrNull(Type.String()),
        entered_at: OrNull(Instant),
        ended_at: OrNull(Instant),
        converted_at: OrNull(Instant),
        steps: Type.Array(RunStep),
      }),
    ),
    next_cursor: NextCursor,
  },
  { description: 'Runs, newest entered first (then by id, descending).' },
);

export const MessageList = Type.Object(
  {
    messages: Type.Array(
      Type.Object({
        id: Type.String(),
        customer: Type.String({ description: 'The same as customer_id (the v1 name).' }),
        customer_id: Type.String(),
        playbook: Type.String({ description: 'The same as playbook_id (the v1 name).' }),
        playbook_id: Type.String(),
        run: Type.String({ description: 'The same as run_id (the v1 name).' }),
        run_id: Type.String(),
        node: Type.String(),
        channel: Type.String(),
        subject: OrNull(Type.String()),
        body: Type.String(),
        status: Type.String({ description: 'sent: delivered by a channel adapter; logged: kept here only.' }),
        delivered_externally: Type.Boolean(),
        at: OrNull(Instant),
        created_at: OrNull(Instant),
      }),
    ),
    next_cursor: NextCursor,
  },
  { description: 'Messages, newest created first (then by id, descending).' },
);

export const TaskList = Type.Object(
  {
    tasks: Type.Array(
      Type.Object({
        id: Type.String(),
        customer: Type.String({ description: 'The same as customer_id (the v1 name).' }),
        customer_id: Type.String(),
        playbook: Type.String({ description: 'The same as playbook_id (the v1 name).' }),
        playbook_id: Type.String(),
        node: Type.String(),
        title: Type.String(),
        assignee: OrNull(Type.String()),
        status: TaskStatus,
        created_at: OrNull(Instant),
        due_at: OrNull(Instant),
        closed_at: OrNull(Instant),
      }),
    ),
    next_cursor: NextCursor,
  },
  { description: 'Tasks, newest created first (then by id, descending).' },
);

export const TaskSaved = Type.Object({ id: Type.String(), status: TaskStatus }, { description: 'The task’s new status.' });

// Metrics

const MoneyFigures = Type.Object({
  customers_with_orders: Count,
  total_spent: Type.Number(),
  average_clv: OrNull(Type.Number()),
  orders: Count,
  revenue: Type.Number(),
  coupons_issued: Count,
  coupon_value: Type.Number(),
});

export const Metrics = Type.Object(
  {
    from: Instant,
    to: Instant,
    retention_rate: Rate,
    churn_rate: Rate,
    repurchase_rate: Rate,
    nps: OrNull(Type.Number({ minimum: -100, maximum: 100 })),
    average_clv: OrNull(Type.Number({ description: 'In `average_clv_currency`; null rather than a sum across currencies.' })),
    average_clv_currency: OrNull(Type.String()),
    currencies: Type.Record(Type.String(), MoneyFigures, { description: 'Per currency of the orders ("unspecified" for none).' }),
    base_currency: OrNull(Type.Object({ ...MoneyFigures.properties, currency: Type.String(), rates: Type.Record(Type.String(), Type.Number()), missing_rates: Type.Array(Type.String()) })),
    counts: Type.Object({
      customers_at_start: Count,
      retained: Count,
      new_customers: Count,
      buyers: Count,
      repeat_buyers: Count,
      nps_responses: Count,
      promoters: Count,
      detractors: Count,
      customers_with_orders: Count,
    }),
    definitions: Texts,
  },
  { $id: 'Metrics', description: 'The window’s figures, with what each means.' },
);

export const Cohorts = Type.Object(
  {
    from: Instant,
    to: Instant,
    segment: OrNull(Type.String()),
    cohorts: Type.Array(Type.Object({ month: Type.String({ description: 'YYYY-MM' }), customers: Count, active: Type.Array(Count), retention: Type.Array(Type.Number()) })),
    definitions: Texts,
  },
  { $id: 'Cohorts', description: 'Customers by first-purchase month × months since.' },
);

// Clock

export const ClockNow = Type.Object({ now: Instant }, { description: 'The testing clock’s time.' });
export const ClockMoved = Type.Object({ now: Instant, fired: Count }, { description: 'Moved; `fired` counts the timers and sweeps fired on the way.' });

// Publish previews

export const PreviewJob = Type.Object(
  {
    id: Type.String(),
    playbook_id: Type.String(),
    horizon_days: Type.Integer({ minimum: 1 }),
    status: Type.Union([Type.Literal('queued'), Type.Literal('running'), Type.Literal('done'), Type.Literal('failed'), Type.Literal('cancelled')]),
    progress: Type.Number({ minimum: 0, maximum: 1 }),
    created_at: Instant,
    finished_at: OrNull(Instant),
    error: OrNull(Type.String()),
    result: OrNull(Type.Object({}, { additionalProperties: true, description: 'Once done: who would enter, what they would receive, and the overlaps with live playbooks (server README, "Publish preview").' })),
  },
  { $id: 'PreviewJob', description: 'The preview job.' },
);
