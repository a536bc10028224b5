import type { ApprovalRepository, AuditRepository, NewAuditRecord } from './AuditRepository.ts';
import type { CustomerWorld, Effect, ReactResult, WorldCustomer, WorldInput } from '@stayflow/engine';

/**
 * What the runtime needs from storage. The embedded implementation is SQLite
 * (`openSqliteStore`); a PostgreSQL one implements the same interface, leasing due
 * timers with FOR UPDATE SKIP LOCKED, without touching the engine or the routes.
 * Every method is async for that reason, though SQLite answers synchronously.
 */
export interface Store {
  readonly playbooks: PlaybookRepository;
  readonly segments: SegmentRepository;
  readonly customers: CustomerRepository;
  readonly activity: ActivityRepository;
  readonly timers: TimerRepository;
  readonly outbox: OutboxRepository;
  readonly apiKeys: ApiKeyRepository;
  /** The people who sign in, and their sessions (server README, "Accounts and sign-in"). */
  readonly people: PeopleRepository;
  readonly sessions: SessionRepository;
  readonly settings: SettingsRepository;
  /** Every write through the API, append-only (apps/server README, "Audit log"). */
  readonly audit: AuditRepository;
  /** Four-eyes publish requests (apps/server README, "Four-eyes publishing"). */
  readonly approvals: ApprovalRepository;
  readonly retention: RetentionRepository;
  readonly jobs: JobRepository;
  readonly models: ModelRepository;
  /** Answers kept for `Idempotency-Key` retries. */
  readonly idempotency: IdempotencyRepository;
  /** This process's claims on shared work (store README, "Leases"). */
  readonly leases: LeaseRepository;
  /** How the scheduler, the dispatcher and the job runner learn that work may be due sooner (store README, "Wake-ups"). */
  readonly wakeUp: WakeUp;
  /**
   * The one write path of the runtime. In a single transaction, for each item: store
   * its event (an id seen before makes it a duplicate: nothing else happens), remove the
   * timer it consumes, load the customer's world (creating the customer if needed), let
   * `reactor` compute the next world, save it, and write every effect. A crash leaves
   * all of it or none of it.
   */
  advance(items: readonly AdvanceItem[], reactor: Reactor, options: AdvanceOptions): Promise<AdvanceOutcome>;
  close(): Promise<void>;
}

/**
 * Work that several processes share (due timers, customers to re-check, jobs, deliveries) is
 * claimed by a lease: the row names its owner (`lease_owner`, one per opened store, i.e. per
 * process) and when the claim ends (`lease_until`, wall-clock milliseconds). Another process
 * skips a row leased to someone else until the lease ends, so work a killed process held is
 * taken over `ttlMs` later. On SQLite (one process) nothing is leased.
 */
export interface LeaseRepository {
  /** Who this store claims as: unique per opened store. */
  readonly owner: string;
  /** How long a claim lasts (wall-clock milliseconds). */
  readonly ttlMs: number;
  /** Gives up every lease this store holds (graceful shutdown): the others may take the work at once. Returns how many rows were released. */
  release(): Promise<number>;
}

/** What a wake-up says: timers or re-checks, deliveries or background jobs (or their state) may be due sooner; the playbooks or segments changed (`catalog`). */
export type WakeTopic = 'timers' | 'outbox' | 'jobs' | 'catalog';

/**
 * One wake-up mechanism for the scheduler, the dispatcher and the job runner: `signal` tells
 * every process using the database (this one included) to look for work of a topic now.
 * In-process on SQLite; PostgreSQL's LISTEN/NOTIFY on a connection of its own, where a
 * signal may be lost (a dropped connection), so consumers also look every `pollMs`.
 */
export interface WakeUp {
  signal(topic: WakeTopic): void;
  /** Calls `listener` on every signal of `topic` (from any process); returns what unsubscribes it. */
  on(topic: WakeTopic, listener: () => void): () => void;
  /** The polling floor: look for work at least this often (ms); Infinity when no signal can be missed (one process). */
  readonly pollMs: number;
}

export type Reactor = (world: CustomerWorld, input: WorldInput) => ReactResult;

export interface AdvanceItem {
  customerId: string;
  input: WorldInput;
  /** Stored (deduplicated by id) before the reaction. */
  event?: StoredEvent;
  /** The timer this input consumes, removed in the same transaction; if it no longer exists, the item is skipped. */
  timerId?: string;
  /**
   * The audit row of the request this item ends, written in the same transaction when the item
   * applies (`AdvanceOutcome.applied`): the request's record commits with its events, without
   * a transaction of its own. Not written when the item does not apply (the caller decides then).
   */
  audit?: NewAuditRecord;
}

export interface AdvanceOptions {
  /** The runtime's clock (manual in tests): when things happen in the business's time. */
  now: number;
  /** The wall clock: when the dispatcher should first try a delivery. */
  wallNow: number;
  /** Whether a channel has an adapter that delivers outside (else messages are only logged). */
  deliversExternally: (channel: string) => boolean;
  /**
   * The named segments a customer matches at `now`. When given, the memberships of every
   * customer a reaction changed (hence the segment member counts) are kept: the reactor's
   * `ReactResult.segments` when present (the reaction evaluated them already; it must
   * then come from the same definitions at the same `now`, as `react` with the same env
   * gives), else `segmentsOf(customer)`. Without it, stored memberships stay as they were
   * until `segments.recount`, and `ReactResult.segments` is ignored.
   */
  segmentsOf?: SegmentsOf;
  /** The job this batch is a slice of: its progress is saved in the same transaction as the batch. */
  progress?: JobProgress;
  /**
   * When time alone may next change one of the customer's rule answers (the engine's
   * `nextTimeChange` at `now`; null: never). When given, it is asked for every customer an
   * applied item reaches, changed or not, and stored as `next_flip_at` where it differs;
   * without it, the stored instant is kept as it is.
   */
  nextFlipOf?: NextFlipOf;
  /**
   * Re-evaluate the memberships (`segmentsOf`) of every customer an applied item reaches,
   * not only of those a reaction changed: for the customers re-checked because their
   * `next_flip_at` passed, whose segments may have changed with time alone.
   */
  refreshSegments?: boolean;
}

/** When time alone may next change a customer's answers: an instant, or null for never. */
export type NextFlipOf = (world: CustomerWorld) => number | null;

export interface AdvanceOutcome {
  accepted: number;
  duplicates: number;
  /** For each item in order: false when its event was a duplicate or its timer was already gone (and nothing happened). */
  applied: boolean[];
  effects: Effect[];
}

/** The named segments a customer matches (the runtime's `describeCustomer` over its catalog, at its clock's now). */
export type SegmentsOf = (customer: WorldCustomer) => readonly string[];

/** One slice of a segment recount: the last customer id done (null when none was left after `after`), customers read and changed. */
export interface RecountSlice {
  last: string | null;
  scanned: number;
  changed: number;
}

export interface StoredEvent {
  id: string;
  customerId: string;
  type: string;
  at: number;
  properties: Record<string, unknown>;
  receivedAt: number;
}

export type PlaybookStatus = 'draft' | 'live' | 'paused';

export interface PlaybookRecord {
  id: string;
  draft: unknown;
  status: PlaybookStatus;
  publishedVersion: number | null;
  createdAt: number;
  updatedAt: number;
}

/** A playbook in the list: with when its live version was published (null before the first publication). */
export interface PlaybookListRecord extends PlaybookRecord {
  publishedAt: number | null;
}

export interface PlaybookVersionRecord {
  playbookId: string;
  version: number;
  document: unknown;
  publishedAt: number;
  /** What the publisher acknowledged publishing anyway (the preview's overlaps), as the server stored it; null when none. */
  acknowledged: unknown;
}

export interface PlaybookRepository {
  get(id: string): Promise<PlaybookRecord | undefined>;
  list(): Promise<PlaybookListRecord[]>;
  create(id: string, draft: unknown, now: number): Promise<'created' | 'exists'>;
  saveDraft(id: string, draft: unknown, now: number): Promise<boolean>;
  /** Stores the document as the next version (with what the publisher acknowledged, if anything) and makes it live; returns the version number. */
  publish(id: string, document: unknown, now: number, acknowledged?: unknown): Promise<number>;
  setStatus(id: string, status: PlaybookStatus, now: number): Promise<boolean>;
  remove(id: string): Promise<boolean>;
  version(id: string, version: number): Promise<PlaybookVersionRecord | undefined>;
  versions(id: string): Promise<Omit<PlaybookVersionRecord, 'document'>[]>;
  /** The published version of every live playbook. */
  live(): Promise<PlaybookVersionRecord[]>;
}

export interface SegmentRecord {
  name: string;
  rule: unknown;
  description: string | null;
  updatedAt: number;
}

export interface SegmentRepository {
  list(): Promise<SegmentRecord[]>;
  get(name: string): Promise<SegmentRecord | undefined>;
  put(segment: SegmentRecord): Promise<void>;
  remove(name: string): Promise<boolean>;
  /**
   * Members per segment name, as maintained: each customer's memberships are stored when
   * `advance` changes them or a recount re-evaluates them, and counted by triggers, so this
   * reads one row per segment. Segments nobody matches may be absent.
   */
  memberCounts(): Promise<Record<string, number>>;
  /**
   * Re-evaluates, in one transaction, the memberships of up to `limit` customers after
   * `after` in id order with `segmentsOf`, storing those that changed (the counts follow).
   * A full recount calls it from null with each slice's `last` until `last` is null; rules
   * on time alone ("no order for 90 days") flip only through it. Repeating a slice is
   * harmless; `progress` (a job's) is saved in the same transaction. With `nextFlipOf`,
   * each customer's `next_flip_at` is refreshed too (where it differs).
   */
  recount(after: string | null, limit: number, segmentsOf: SegmentsOf, progress?: (slice: RecountSlice) => JobProgress, nextFlipOf?: NextFlipOf): Promise<RecountSlice>;
}

export interface CustomerRecord {
  id: string;
  attributes: Record<string, unknown>;
  tags: string[];
  world: CustomerWorld;
  createdAt: number;
  updatedAt: number;
}

export interface CustomerRepository {
  get(id: string): Promise<CustomerRecord | undefined>;
  /** Which of `ids` are stored customers (read 500 at a time): for a write that must not create customers. */
  existing(ids: readonly string[]): Promise<Set<string>>;
  /** Customers in id order after `after`, with their state: for lists, and walks that read each customer's attributes. */
  page(after: string | null, limit: number): Promise<CustomerRecord[]>;
  /** Customer ids in id order after `after`: how sweeps walk everyone, since `advance` loads each world itself, in its transaction. */
  ids(after: string | null, limit: number): Promise<string[]>;
  /**
   * The members of a named segment in id order after `after`, as maintained (`customers.segments`,
   * the memberships `memberCounts` counts): up to `limit` of them. Walks customers in id order
   * and keeps the members, so a page of a small segment may read many customers.
   */
  inSegment(segment: string, after: string | null, limit: number): Promise<CustomerRecord[]>;
  /** How many customers there are: a maintained count, not a scan. */
  count(): Promise<number>;
  /** The earliest `next_flip_at` of any customer (an index seek), undefined when none is set. */
  nextFlipAt(): Promise<number | undefined>;
  /** Up to `limit` customers whose `next_flip_at` is at or before `upTo`, earliest first (then by id). */
  flipsDue(upTo: number, limit: number): Promise<{ id: string; at: number }[]>;
  /**
   * Like `flipsDue`, but claims them (store README, "Leases"): only customers no other process
   * holds, each leased to this store until its lease expires. Re-checking them is `advance`'s.
   */
  claimFlipsDue(upTo: number, limit: number): Promise<{ id: string; at: number }[]>;
  /** Customers whose id or attributes contain `query`, in id order after `after` (keyset pagination). */
  search(query: string, limit: number, after?: string | null): Promise<CustomerRecord[]>;
  /** How many customers `search(query, …)` walks through in all (a scan: the answer of a searched list's `total`). */
  countMatching(query: string): Promise<number>;
  /**
   * Erases the customer and every row held about them, in one transaction: every table
   * with a `customer_id` column, the rows keyed by their runs (steps) and by their outbox
   * keys (delivery attempts), and the customer row. Undefined when nothing was held.
   */
  erase(id: string): Promise<CustomerErasure | undefined>;
  /** Everything held about the customer, read in one transaction; undefined when unknown. */
  export(id: string): Promise<CustomerExport | undefined>;
}

/** What an erasure removed: rows per table, with no trace of who. */
export interface CustomerErasure {
  removed: Record<string, number>;
  total: number;
}

/** Everything held about one customer (times in epoch milliseconds). */
export interface CustomerExport {
  customer: CustomerRecord;
  events: StoredEvent[];
  runs: (RunRecord & { steps: StepRecord[] })[];
  messages: MessageRecord[];
  coupons: CouponRecord[];
  tasks: TaskRecord[];
  timers: TimerRecord[];
  deliveries: (OutboxRecord & { attemptLog: { at: number; ok: boolean; detail: string | null }[] })[];
  /** Rows of any further table with a `customer_id` column, by table, with their SQL column names. */
  other: Record<string, Record<string, unknown>[]>;
}

export interface RunRecord {
  id: string;
  playbookId: string;
  version: number;
  customerId: string;
  status: 'active' | 'completed' | 'exited';
  exitReason: string | null;
  control: boolean;
  variant: string | null;
  enteredAt: number;
  endedAt: number | null;
  convertedAt: number | null;
}

export interface StepRecord {
  runId: string;
  visit: number;
  node: string;
  port: string | null;
  at: number;
  leftAt: number | null;
}

export interface MessageRecord {
  key: string;
  customerId: string;
  playbookId: string;
  runId: string;
  node: string;
  channel: string;
  subject: string | null;
  body: string;
  status: 'queued' | 'sent' | 'logged' | 'failed';
  at: number;
  sentAt: number | null;
}

export interface CouponRecord {
  code: string;
  customerId: string;
  playbookId: string;
  runId: string;
  node: string;
  percent: number | null;
  amount: number | null;
  currency: string | null;
  issuedAt: number;
  validUntil: number;
  redeemedAt: number | null;
}

export interface TaskRecord {
  id: string;
  customerId: string;
  playbookId: string;
  runId: string;
  node: string;
  title: string;
  assignee: string | null;
  status: 'open' | 'done' | 'cancelled';
  createdAt: number;
  dueAt: number | null;
  closedAt: number | null;
}

export interface PlaybookStats {
  nodes: Record<string, { entered: number; ports: Record<string, number> }>;
  runs: { active: number; completed: number; exited: number };
  /** Runs and conversions split by holdout group and by variant. */
  groups: { control: boolean; variant: string | null; runs: number; converted: number }[];
}

/**
 * Where a page of a list ordered newest first ended: the last row's time and id. The next page
 * is the rows strictly older in (time, id) order, newest first (keyset pagination: rows added
 * meanwhile never shift a page).
 */
export interface PagePosition {
  at: number;
  id: string;
}

export interface RunFilter {
  playbookId?: string;
  customerId?: string;
  status?: RunRecord['status'];
  /** Only runs before this position in (entered_at, id) descending order. */
  before?: PagePosition;
  limit: number;
}

/** What the runtime did: runs and their steps, messages, coupons, tasks, events. */
export interface ActivityRepository {
  runs(filter: RunFilter): Promise<RunRecord[]>;
  steps(runIds: readonly string[]): Promise<StepRecord[]>;
  /** Counts for a playbook; with `since`, only the runs that entered at or after it (a cohort) and their steps. */
  stats(playbookId: string, options?: { since?: number }): Promise<PlaybookStats>;
  /** Newest first by (at, key); `before` continues after a page. */
  messages(filter: { customerId?: string; playbookId?: string; before?: PagePosition; limit: number }): Promise<MessageRecord[]>;
  coupons(customerId: string): Promise<CouponRecord[]>;
  /** Newest first by (created_at, id); `before` continues after a page. */
  tasks(filter: { customerId?: string; status?: TaskRecord['status']; before?: PagePosition; limit: number }): Promise<TaskRecord[]>;
  setTaskStatus(id: string, status: TaskRecord['status'], now: number): Promise<boolean>;
  events(filter: { customerId?: string; from?: number; to?: number; types?: readonly string[]; limit?: number }): Promise<StoredEvent[]>;
  /** The stored events with these ids (read 500 at a time; pruned and unknown ids are absent): what a re-sent id is compared with. */
  eventsById(ids: readonly string[]): Promise<StoredEvent[]>;
  /** The raw counts behind the retention figures for the half-open window [from, to). */
  retentionCounts(from: number, to: number): Promise<RetentionCounts>;
  /** Orders, customers and spend per currency, and coupons issued per currency, for [from, to) (store README, "Money"). */
  moneyByCurrency(from: number, to: number): Promise<CurrencyFigures[]>;
  /** Customers by first-purchase month (UTC) and each later month they bought in, for first purchases in [from, to), orders before `to` (store README, "Cohorts"). */
  cohorts(from: number, to: number, options?: { segment?: string }): Promise<CohortCell[]>;
}

/** One currency's figures ('' for orders or coupons with none). */
export interface CurrencyFigures {
  currency: string;
  /** Customers whose first order (by `to`) was in this currency, and every order amount in it by `to`. */
  customersWithOrders: number;
  totalSpent: number;
  /** Orders placed in the window, and their amounts. */
  orders: number;
  revenue: number;
  /** Coupons of a fixed amount issued in the window, and their face value. */
  amountCoupons: number;
  couponValue: number;
}

/** Customers whose first order was in `cohort` (YYYY-MM, UTC) and who ordered in `month`; `cohort` = `month` is the cohort's size. */
export interface CohortCell {
  cohort: string;
  month: string;
  customers: number;
}

export interface RetentionCounts {
  /** Customers who had ordered before the window. */
  customersAtStart: number;
  /** Of those, customers who ordered again within the window. */
  retained: number;
  /** Customers whose first order fell in the window. */
  newCustomers: number;
  /** Customers who ordered within the window. */
  buyers: number;
  /** Of those, customers with at least two orders by the window's end. */
  repeatBuyers: number;
  /** Latest NPS answer per customer within the window (of two given at the same instant, the higher score, as the customer's metrics keep it). */
  npsResponses: number;
  promoters: number;
  detractors: number;
  /** Customers with an order by the window's end, and what they spent in all. */
  customersWithOrders: number;
  totalSpent: number;
}

export type TimerKind = 'run' | 'date' | 'schedule' | 'sweep';

export interface TimerRecord {
  id: string;
  dueAt: number;
  kind: TimerKind;
  customerId: string | null;
  playbookId: string | null;
}

export interface TimerRepository {
  get(id: string): Promise<TimerRecord | undefined>;
  /** The earliest due time, if any timer is set. */
  nextDue(): Promise<number | undefined>;
  /** Timers due at or before `upTo`, earliest first. */
  due(upTo: number, limit: number): Promise<TimerRecord[]>;
  /** Like `due`, but claims them: only timers no other process holds, each leased to this store (store README, "Leases"). Setting a timer again (`put`, `advance`) ends its lease. */
  claimDue(upTo: number, limit: number): Promise<TimerRecord[]>;
  put(timer: TimerRecord): Promise<void>;
  /** Sets every timer in one transaction; with `progress`, the job's progress is saved in it too. */
  putMany(timers: readonly TimerRecord[], progress?: JobProgress): Promise<void>;
  remove(id: string): Promise<boolean>;
  removeWhere(filter: { kind: TimerKind; playbookId: string }): Promise<number>;
}

export interface OutboxRecord {
  key: string;
  kind: 'message' | 'webhook';
  customerId: string;
  payload: Record<string, unknown>;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  nextAttemptAt: number;
  lastError: string | null;
  createdAt: number;
  deliveredAt: number | null;
}

export interface OutboxRepository {
  /** Pending deliveries whose next attempt is due at `now` (wall-clock milliseconds). */
  due(now: number, limit: number): Promise<OutboxRecord[]>;
  /** Like `due`, but claims them: only deliveries no other process holds, each leased to this store; `recordAttempt` ends the lease (store README, "Leases"). */
  claimDue(now: number, limit: number): Promise<OutboxRecord[]>;
  /** The earliest next attempt of a pending delivery. */
  nextAttempt(): Promise<number | undefined>;
  /**
   * Records one attempt; on success marks the delivery (and its message) sent, else schedules a retry or gives up.
   * False when the row is gone (its customer was erased meanwhile) or no longer pending: nothing was recorded.
   */
  recordAttempt(key: string, attempt: { at: number; ok: boolean; detail: string; retryAt: number | null; sentAt: number }): Promise<boolean>;
  get(key: string): Promise<OutboxRecord | undefined>;
  attempts(key: string): Promise<{ at: number; ok: boolean; detail: string | null }[]>;
}

export interface ApiKeyRecord {
  id: string;
  name: string;
  hash: string;
  /** What the key may do: `ingest`, `viewer`, `editor` or `admin`. */
  role: string;
  createdAt: number;
  lastUsedAt: number | null;
}

/** A key to add: without a role it is an admin key (as every key was before roles). */
export type NewApiKey = Omit<ApiKeyRecord, 'role'> & { role?: string };

export interface ApiKeyRepository {
  add(key: NewApiKey): Promise<void>;
  /** Every key, oldest first. */
  list(): Promise<ApiKeyRecord[]>;
  get(id: string): Promise<ApiKeyRecord | undefined>;
  findByHash(hash: string): Promise<ApiKeyRecord | undefined>;
  touch(id: string, now: number): Promise<void>;
  remove(id: string): Promise<boolean>;
  count(): Promise<number>;
}

/** A person who signs in. Only a scrypt hash of the password is kept. */
export interface PersonRecord {
  id: string;
  /** Lower-cased. */
  email: string;
  name: string;
  /** `ingest`, `viewer`, `editor` or `admin`. */
  role: string;
  passwordHash: string;
  createdAt: number;
  lastSignInAt: number | null;
  disabled: boolean;
  passwordChangedAt: number;
}

/** What may change about a person after creation. */
export type PersonChanges = Partial<Pick<PersonRecord, 'name' | 'role' | 'disabled' | 'passwordHash' | 'passwordChangedAt' | 'lastSignInAt'>>;

export interface PeopleRepository {
  /** Adds a person; false (nothing added) when the email is taken. The email must already be lower-cased. */
  add(person: PersonRecord): Promise<boolean>;
  get(id: string): Promise<PersonRecord | undefined>;
  /** By email, compared lower-cased. */
  findByEmail(email: string): Promise<PersonRecord | undefined>;
  /** Everyone, by email. */
  list(): Promise<PersonRecord[]>;
  /** Applies the changes; the person after them, or undefined when there is no such person. */
  update(id: string, changes: PersonChanges): Promise<PersonRecord | undefined>;
  /** Deletes the person and every session of theirs. */
  remove(id: string): Promise<boolean>;
  /** Whether anyone exists (local mode ends with the first person): one indexed row read. */
  any(): Promise<boolean>;
  /** How many enabled admins there are (the last one may not be removed, disabled or demoted). */
  countEnabledAdmins(): Promise<number>;
}

/** A signed-in session; `id` is the SHA-256 (hex) of the cookie's token. */
export interface SessionRecord {
  id: string;
  personId: string;
  createdAt: number;
  lastSeenAt: number;
  csrfToken: string;
}

export interface SessionRepository {
  add(session: SessionRecord): Promise<void>;
  get(id: string): Promise<SessionRecord | undefined>;
  /** Records activity (callers do so at most once a minute per session). */
  touch(id: string, now: number): Promise<void>;
  remove(id: string): Promise<boolean>;
  /** Ends every session of a person but `exceptId` (a password change keeps the one that made it); answers how many ended. */
  removeForPerson(personId: string, exceptId?: string): Promise<number>;
  /** Deletes sessions idle since before `idleBefore` or created before `createdBefore`; answers how many. */
  removeExpired(idleBefore: number, createdBefore: number): Promise<number>;
}

export interface SettingsRepository {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  /** Stores `value` unless the key has one; answers the value kept, so processes starting together agree on a first value (a generated secret, the testing clock's start). */
  setIfAbsent(key: string, value: unknown): Promise<unknown>;
}

/** What pruning removes, each after its own period (apps/server README, "Data retention"). */
export type PrunableKind = 'events' | 'runs' | 'messages' | 'outbox';

export interface PruneBatch {
  /** Rows of the kind removed: events, finished runs, messages, finished deliveries. */
  removed: number;
  /** Rows removed with them: a run's steps, a delivery's attempts. */
  related: number;
  /** Whether more rows older than the cut-off may remain (call again). */
  more: boolean;
}

/**
 * Age-based pruning, one bounded transaction per call, so a caller can yield between
 * batches and ingestion never waits long. Repeating a call is harmless.
 */
export interface RetentionRepository {
  /**
   * Removes up to `limit` rows (with their related rows, all counted in the limit, though a
   * single run or delivery is never split) of `kind` older than `olderThan`:
   * - `events` received before it (business clock; the id-dedup window ends with them);
   *   the order and NPS ledgers keep what retention metrics need;
   * - `runs` that ended before it (business clock), with their steps, first added to the
   *   rollups that `stats` reads, so its answers do not change. Active runs are never pruned;
   * - `messages` logged before it (business clock), except those still queued for delivery;
   * - `outbox` deliveries delivered, or given up on at their last attempt, before it
   *   (wall clock, like every outbox time), with their attempts. Pending ones stay.
   *
   * With `progress`, the job's progress after this batch is saved in the same transaction.
   */
  prune(kind: PrunableKind, olderThan: number, limit: number, progress?: (batch: PruneBatch) => JobProgress): Promise<PruneBatch>;
}

/** What a job does (apps/server README, "Background jobs"). */
export type JobKind = 'enrol' | 'arm_dates' | 'arm_schedule' | 'sweep' | 'schedule' | 'recount' | 'prune' | 'fit_models';
export type JobStatus = 'queued' | 'running' | 'done' | 'failed' | 'cancelled';

export interface JobRecord {
  /** Queue order. */
  seq: number;
  id: string;
  kind: JobKind;
  playbookId: string | null;
  status: JobStatus;
  /** The instant (runtime clock) the job evaluates everything at, whenever its slices run. */
  at: number;
  /** Customers done (for `prune`: rows removed). */
  done: number;
  /** Customers when the job was queued; null when unknown. */
  total: number | null;
  /** Where the last committed slice ended: the last customer id done (a job kind may keep its own position here). */
  cursor: string | null;
  createdAt: number;
  startedAt: number | null;
  finishedAt: number | null;
  /** Why a failed job failed, for an operator. */
  error: string | null;
}

export type NewJob = Pick<JobRecord, 'id' | 'kind' | 'playbookId' | 'at' | 'total' | 'createdAt'>;

/** A slice's progress, saved in the transaction of the slice's work (see `AdvanceOptions.progress`). */
export interface JobProgress {
  jobId: string;
  done: number;
  cursor: string | null;
}

export interface JobFilter {
  playbookId?: string;
  kind?: JobKind;
  /** `active`: queued or running; `finished`: done, failed or cancelled. */
  status?: 'active' | 'finished';
  /** Only jobs queued before this one (`seq` below it): the next page of a list. */
  beforeSeq?: number;
  limit: number;
}

/**
 * The persisted queue of background jobs. Jobs run in `seq` order; progress is saved with
 * each slice's work, so after a crash a job goes on from its cursor.
 */
export interface JobRepository {
  /** Queues a job. An id already used keeps its job (a timer that fires again after a crash queues nothing new): `created` says which. */
  create(job: NewJob): Promise<{ job: JobRecord; created: boolean }>;
  get(id: string): Promise<JobRecord | undefined>;
  /**
   * The oldest unfinished job of one of `kinds`, marked running (with its start time) if it was
   * queued: a job interrupted by a crash comes first. It is leased to this store (each claim
   * renews the lease; `finish` and `cancel` end it): while another process holds the oldest
   * job, nothing is claimed, so jobs of the same kinds still run one at a time, in order.
   */
  claim(kinds: readonly JobKind[], now: number): Promise<JobRecord | undefined>;
  /** Saves progress on its own, for a slice that wrote nothing else. */
  saveProgress(progress: JobProgress): Promise<void>;
  /** Ends an unfinished job; false when it had already ended. */
  finish(id: string, outcome: { status: 'done' | 'failed' | 'cancelled'; error?: string }, now: number): Promise<boolean>;
  /** Cancels the unfinished jobs of a playbook (of `kinds`, when given); returns how many. */
  cancel(filter: { playbookId: string; kinds?: readonly JobKind[] }, now: number): Promise<number>;
  /** Newest first. */
  list(filter: JobFilter): Promise<JobRecord[]>;
  /** Deletes up to `limit` jobs that ended before `before`; returns how many. */
  removeFinished(before: number, limit: number): Promise<number>;
}

/** One order of a customer's history, as the models read it (the `orders` ledger). */
export interface HistoryOrder {
  at: number;
  amount: number;
  /** '' when the order named no currency and the customer had none. */
  currency: string;
}

export interface CustomerHistory {
  customerId: string;
  /** In time order; orders without an amount count as 0. */
  orders: HistoryOrder[];
}

export type ModelKind = 'churn' | 'value';

/** One fitted (or unfittable) model of a fit: see the `model_fits` table. */
export interface ModelFitRecord {
  fitId: string;
  kind: ModelKind;
  /** The currency of a value model; '' for churn. */
  currency: string;
  model: 'bg-nbd' | 'gamma-gamma';
  params: Record<string, number> | null;
  logLikelihood: number | null;
  iterations: number | null;
  converged: boolean | null;
  customers: number;
  timeUnit: 'day' | 'week';
  fittedAt: number;
  asOf: number;
  reason: string | null;
  message: string | null;
  /** On the churn model: what scoring every customer found, once it ended. */
  scoring: PredictionSummary | null;
}

/** The figures over every scored customer (analytics): how many, the expected number still active, predicted value per currency. */
export interface PredictionSummary {
  scoredAt: number;
  customers: number;
  /** Sum of p_alive over the scored customers. */
  expectedActive: number;
  byCurrency: {
    currency: string;
    customers: number;
    totalClv: number;
    /** Customers per predicted-value band: `[from, to)` in the currency, `to` null for the last. */
    bands: { from: number; to: number | null; customers: number }[];
  }[];
}

/** The customer-base models' fits and the inputs they read. */
export interface ModelRepository {
  /** Order histories up to `upTo` (inclusive) of up to `limit` customers with orders, after customer `after` in id order. */
  histories(after: string | null, limit: number, upTo: number): Promise<CustomerHistory[]>;
  /** The order histories of these customers up to `upTo` (customers without orders are left out). */
  historiesOf(customerIds: readonly string[], upTo: number): Promise<CustomerHistory[]>;
  /** Stores the rows of one fit; with `progress`, a job's progress is saved in the same transaction. */
  saveFit(rows: readonly Omit<ModelFitRecord, 'scoring'>[], progress?: JobProgress): Promise<void>;
  /** The rows of one fit, churn first. */
  fit(fitId: string): Promise<ModelFitRecord[]>;
  /** The rows of the newest fit (empty before the first). */
  latest(): Promise<ModelFitRecord[]>;
  /** The newest fit of the model that has parameters (for a warm start). */
  lastFitted(kind: ModelKind, currency: string): Promise<ModelFitRecord | undefined>;
  /** Computes the figures over `customer_predictions` and keeps them on the fit's churn row. */
  summarise(fitId: string, scoredAt: number): Promise<PredictionSummary>;
}

/** An `Idempotency-Key` as stored: its request's hash and, once answered, the answer. */
export interface IdempotencyRecord {
  requestHash: string;
  /** Null while the first request with the key is still being handled. */
  status: number | null;
  body: string | null;
  createdAt: number;
}

/**
 * Retries made safe (apps/server README, "Retrying writes"). A request claims its key by
 * inserting the row first, so of concurrent requests with one key exactly one runs.
 */
export interface IdempotencyRepository {
  /**
   * Claims `key` for a request (`claimed`: go on), or answers the row already there. A row
   * created before `expiredBefore` is removed first: its key may be used again.
   */
  claim(key: string, requestHash: string, now: number, expiredBefore: number): Promise<{ claimed: true } | { claimed: false; record: IdempotencyRecord }>;
  /** Stores the answer of the request that claimed `key`. */
  complete(key: string, status: number, body: string | null): Promise<void>;
  /** Gives the key up (the request failed on the server): a retry runs again. */
  release(key: string): Promise<void>;
  /** Removes up to `limit` keys created before `before`; answers how many. */
  prune(before: number, limit: number): Promise<number>;
}
