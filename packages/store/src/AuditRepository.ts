import type { JobProgress, PruneBatch } from './Store.ts';

/** Who made a change: a signed-in person, an API key, or the local operator (local mode). */
export interface ActorRef {
  kind: 'person' | 'key' | 'local';
  /** The person's or key's id; null for the local operator. */
  id: string | null;
  /** The person's email, the key's name, or "local". */
  name: string;
}

/** One row of the audit log (apps/server README, "Audit log"). */
export interface AuditRecord {
  /** Orders the log: a later write has a greater id. */
  id: number;
  /** When (runtime clock, ms). */
  at: number;
  actor: ActorRef;
  /** What was done, e.g. `playbook.publish`, `customer.erase`. */
  action: string;
  /** The kind of thing it was done to, e.g. `playbook`, `customer`, `key`. */
  objectType: string;
  objectId: string | null;
  /** For playbooks: the version the write produced. */
  version: number | null;
  /** Small facts (counts, changed fields); never passwords or key text. */
  detail: Record<string, unknown> | null;
}

export type NewAuditRecord = Omit<AuditRecord, 'id'>;

export interface AuditFilter {
  actorName?: string;
  action?: string;
  objectType?: string;
  objectId?: string;
  /** Only rows at or after this time (ms). */
  from?: number;
  /** Only rows before this time (ms). */
  to?: number;
  /** Only rows older than this id (the previous page's last): keyset paging. */
  beforeId?: number;
  limit: number;
}

/**
 * The audit log: append-only. There is no way to change or remove a row but pruning by age
 * (STAYFLOW_RETAIN_AUDIT_DAYS).
 */
export interface AuditRepository {
  /** Adds a row; answers its id. */
  append(entry: NewAuditRecord): Promise<number>;
  /** Newest first (by id), filtered. */
  list(filter: AuditFilter): Promise<AuditRecord[]>;
  /** Removes up to `limit` rows written before `olderThan`, oldest first; with `progress`, a job's progress is saved in the same transaction. */
  prune(olderThan: number, limit: number, progress?: (batch: PruneBatch) => JobProgress): Promise<PruneBatch>;
}

export type ApprovalStatus = 'pending' | 'approved' | 'rejected' | 'withdrawn' | 'superseded';

/** A four-eyes publish request (apps/server README, "Four-eyes publishing"). */
export interface ApprovalRecord {
  id: string;
  playbookId: string;
  requestedBy: ActorRef;
  requestedAt: number;
  /** The exact playbook document asked to be published. */
  snapshot: unknown;
  /** SHA-256 of the snapshot's canonical JSON: approving compares it with the draft's. */
  snapshotHash: string;
  /** What the publish dialog showed the requester; null when nothing. */
  summary: unknown;
  status: ApprovalStatus;
  decidedBy: ActorRef | null;
  decidedAt: number | null;
  reason: string | null;
  /** The version approving it published. */
  version: number | null;
}

export type NewApproval = Pick<ApprovalRecord, 'id' | 'playbookId' | 'requestedBy' | 'requestedAt' | 'snapshot' | 'snapshotHash' | 'summary'>;

export interface ApprovalFilter {
  status?: ApprovalStatus;
  playbookId?: string;
  /** Only requests older than this one in (requested_at, id) descending order: keyset paging. */
  before?: { at: number; id: string };
  limit: number;
}

/** A decision on a pending request. */
export interface ApprovalDecision {
  status: Exclude<ApprovalStatus, 'pending'>;
  by: ActorRef;
  at: number;
  reason: string | null;
  version: number | null;
}

export interface ApprovalRepository {
  /** Stores a pending request; in the same transaction, the playbook's older pending requests become `superseded` (their ids are answered). */
  request(approval: NewApproval): Promise<{ superseded: string[] }>;
  get(id: string): Promise<ApprovalRecord | undefined>;
  /** Newest first by (requested_at, id). */
  list(filter: ApprovalFilter): Promise<ApprovalRecord[]>;
  /** Decides a pending request; false when it is no longer pending (someone decided first), and nothing changes. */
  decide(id: string, decision: ApprovalDecision): Promise<boolean>;
  /** Records the version an approved request published (it is approved first, so two approvers cannot both publish it). */
  setVersion(id: string, version: number): Promise<void>;
}
