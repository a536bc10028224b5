import type { Locale } from '@stayflow/playbook';
import type { ActorRef, ApprovalFilter, ApprovalRecord } from '@stayflow/store';
import { randomUUID } from 'node:crypto';
import type { Actor } from '../plugins/actor.ts';
import { HttpError, notFound } from '../plugins/errors.ts';
import { quoteInput } from '../plugins/quoteInput.ts';
import { iso } from '../routes/common.ts';
import type { Runtime } from '../runtime/Runtime.ts';
import { documentHash } from './documentHash.ts';
import type { JobView } from './jobView.ts';
import type { PlaybookService, PlaybookView } from './playbookService.ts';
import type { PublishAcknowledgement } from './preview/PublishAcknowledgement.ts';
import { readWorkspaceSettings } from './workspaceSettings.ts';

/**
 * What the approver is shown besides the request: what the requester's publish dialog showed
 * and they acknowledged (the preview's overlaps), and, computed when read, whether the draft is
 * still the requested snapshot. While it is, the publish preview of the draft
 * (`POST /api/playbooks/:id/simulate`) is the preview of exactly what approving publishes.
 */
export interface ApprovalSummary {
  acknowledged: PublishAcknowledgement | null;
  draft_changed: boolean;
  /** The live version now (approving publishes the next one); null before the first publication. */
  published_version: number | null;
}

export interface ApprovalView {
  id: string;
  playbook_id: string;
  playbook_name: string;
  status: ApprovalRecord['status'];
  requested_by: ActorRef;
  requested_at: string;
  decided_by: ActorRef | null;
  decided_at: string | null;
  reason: string | null;
  version: number | null;
  summary: ApprovalSummary;
}

/** What is kept with a request: the acknowledgement it was sent with. */
interface StoredSummary {
  acknowledged: PublishAcknowledgement | null;
}

const sameActor = (a: ActorRef, b: ActorRef): boolean => a.kind === b.kind && a.id === b.id && (a.id !== null || a.name === b.name);
const actorRef = (actor: Actor): ActorRef => ({ kind: actor.kind, id: actor.id, name: actor.name });
const nameOf = (document: unknown, fallback: string): string => {
  const name = document !== null && typeof document === 'object' ? (document as { name?: unknown }).name : undefined;
  return typeof name === 'string' && name !== '' ? name : fallback;
};

/**
 * Four-eyes publishing (README, "Four-eyes publishing"): with the workspace setting on, a publish
 * becomes a request for exactly the draft as it is, which another editor or an admin approves
 * (publishing that snapshot, unless the draft changed since) or rejects with a reason.
 */
export class FourEyes {
  constructor(
    private readonly runtime: Runtime,
    private readonly playbooks: PlaybookService,
  ) {}

  private get store() {
    return this.runtime.store;
  }

  /** Whether publishing needs a second person now (the workspace setting, read each time: another process may have changed it). */
  async isOn(): Promise<boolean> {
    return (await readWorkspaceSettings(this.store)).four_eyes;
  }

  /** Asks for the draft to be published: checked as publishing would check it, then kept as a pending request, superseding an older one of the playbook. */
  async request(playbookId: string, actor: Actor, locale: Locale, acknowledged?: PublishAcknowledgement): Promise<{ approval: ApprovalView; superseded: string[] }> {
    const record = await this.playbooks.publishable(playbookId, locale, acknowledged);
    const id = `apr_${randomUUID().replaceAll('-', '')}`;
    const summary: StoredSummary = { acknowledged: acknowledged ?? null };
    const { superseded } = await this.store.approvals.request({
      id,
      playbookId,
      requestedBy: actorRef(actor),
      requestedAt: this.runtime.clock.now(),
      snapshot: record.draft,
      snapshotHash: documentHash(record.draft),
      summary,
    });
    return { approval: await this.get(id), superseded };
  }

  async get(id: string): Promise<ApprovalView> {
    const [view] = await this.views([await this.find(id)]);
    return view!;
  }

  async list(filter: ApprovalFilter): Promise<{ views: ApprovalView[]; records: ApprovalRecord[] }> {
    const records = await this.store.approvals.list(filter);
    return { views: await this.views(records), records };
  }

  /** Publishes exactly the requested snapshot; not the requester's own request, and not once the draft changed. */
  async approve(id: string, actor: Actor, locale: Locale): Promise<{ approval: ApprovalView; playbook: PlaybookView; job: JobView | null }> {
    const approval = await this.pending(id);
    if (sameActor(approval.requestedBy, actor)) throw new HttpError(403, 'forbidden', 'You asked for this publish; another editor or an admin must approve it.');
    const record = await this.store.playbooks.get(approval.playbookId);
    if (!record) throw new HttpError(409, 'playbook_deleted', `The playbook ${quoteInput(approval.playbookId)} was deleted after this request; there is nothing to publish.`);
    if (documentHash(record.draft) !== approval.snapshotHash) throw new HttpError(409, 'draft_changed', 'The draft changed after this request; ask again.');
    // Checked before the decision is kept, so a snapshot that no longer validates leaves the request pending.
    this.playbooks.assertValid(approval.snapshot, locale);
    const decided = await this.store.approvals.decide(id, { status: 'approved', by: actorRef(actor), at: this.runtime.clock.now(), reason: null, version: null });
    if (!decided) throw this.alreadyDecided(await this.find(id));
    const { acknowledged } = (approval.summary ?? { acknowledged: null }) as StoredSummary;
    const published = await this.playbooks.publishDocument(approval.playbookId, approval.snapshot, acknowledged, locale);
    await this.store.approvals.setVersion(id, published.version);
    return { approval: await this.get(id), playbook: await this.playbooks.view(approval.playbookId, locale), job: published.job };
  }

  /** Turns a request down with a reason; the requester turning down their own withdraws it. */
  async reject(id: string, actor: Actor, reason: string): Promise<ApprovalView> {
    const approval = await this.pending(id);
    const status = sameActor(approval.requestedBy, actor) ? 'withdrawn' : 'rejected';
    const decided = await this.store.approvals.decide(id, { status, by: actorRef(actor), at: this.runtime.clock.now(), reason, version: null });
    if (!decided) throw this.alreadyDecided(await this.find(id));
    return this.get(id);
  }

  private async find(id: string): Promise<ApprovalRecord> {
    const approval = await this.store.approvals.get(id);
    if (!approval) throw notFound(`The publish request ${quoteInput(id)}`);
    return approval;
  }

  private async pending(id: string): Promise<ApprovalRecord> {
    const approval = await this.find(id);
    if (approval.status !== 'pending') throw this.alreadyDecided(approval);
    return approval;
  }

  private alreadyDecided(approval: ApprovalRecord): HttpError {
    const by = approval.decidedBy === null ? '' : ` by ${approval.decidedBy.name}`;
    const why = approval.status === 'superseded' ? 'superseded by a newer request for the same playbook' : `${approval.status}${by}`;
    return new HttpError(409, 'approval_decided', `This publish request was already ${why}; only a pending request can be approved or rejected.`);
  }

  private async views(records: readonly ApprovalRecord[]): Promise<ApprovalView[]> {
    const drafts = new Map<string, Promise<{ hash: string; publishedVersion: number | null } | null>>();
    const current = (playbookId: string) => {
      let found = drafts.get(playbookId);
      if (found === undefined) {
        found = this.store.playbooks.get(playbookId).then((record) => (record ? { hash: documentHash(record.draft), publishedVersion: record.publishedVersion } : null));
        drafts.set(playbookId, found);
      }
      return found;
    };
    return Promise.all(
      records.map(async (approval) => {
        const playbook = await current(approval.playbookId);
        const stored = (approval.summary ?? { acknowledged: null }) as StoredSummary;
        return {
          id: approval.id,
          playbook_id: approval.playbookId,
          playbook_name: nameOf(approval.snapshot, approval.playbookId),
          status: approval.status,
          requested_by: approval.requestedBy,
          requested_at: iso(approval.requestedAt),
          decided_by: approval.decidedBy,
          decided_at: approval.decidedAt === null ? null : iso(approval.decidedAt),
          reason: approval.reason,
          version: approval.version,
          summary: { acknowledged: stored.acknowledged ?? null, draft_changed: playbook === null || playbook.hash !== approval.snapshotHash, published_version: playbook?.publishedVersion ?? null },
        };
      }),
    );
  }
}
