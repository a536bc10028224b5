import { MS_PER_DAY } from '@stayflow/logic';
import { PlaybookId, validate, type Locale, type ValidationIssue } from '@stayflow/playbook';
import type { JobRecord, PlaybookListRecord, PlaybookRecord } from '@stayflow/store';
import Value from 'typebox/value';
import { HttpError, invalidInput, notFound } from '../plugins/errors.ts';
import { iso } from '../routes/common.ts';
import { isFinished } from '../runtime/JobRunner.ts';
import type { EnrolmentOutcome, Runtime } from '../runtime/Runtime.ts';
import { jobView, type JobView } from './jobView.ts';
import type { PublishAcknowledgement } from './preview/PublishAcknowledgement.ts';
import { statsAnswer } from './statsAnswer.ts';
import { quoteInput, shortenQuoted } from '../plugins/quoteInput.ts';

export interface PlaybookView {
  id: string;
  draft: unknown;
  status: PlaybookRecord['status'];
  published_version: number | null;
  created_at: string;
  updated_at: string;
  /** The draft's validation, so the editor can show problems on saved work in progress. */
  validation: { valid: boolean; errors: PublicIssue[]; warnings: PublicIssue[] };
  /** Its queued and running background jobs (enrolling, arming, a schedule firing), oldest first. */
  jobs: JobView[];
}

/** Active jobs shown with a playbook: enough for any real queue (one per kind at most, in practice). */
const ACTIVE_JOBS_SHOWN = 100;

const invalid = (errors: ValidationIssue[]): HttpError => invalidInput('invalid_playbook', errors.map(publicIssue));

type PublicIssue = ReturnType<typeof publicIssue>;

/** The error items of the API contract: `{ code, message, node?, path }`, plus edge and severity. */
/** A node or edge id, or a path, as an answer names it: a huge invalid one is cut, as the messages quoting it are. */
const shortId = (id: string) => (id.length <= 200 ? id : `${id.slice(0, 200)}…`);

export function publicIssue(issue: ValidationIssue) {
  return {
    code: issue.code,
    message: shortenQuoted(issue.message),
    ...(issue.node !== undefined ? { node: shortId(issue.node) } : {}),
    ...(issue.edge !== undefined ? { edge: shortId(issue.edge) } : {}),
    path: shortId(issue.path),
    severity: issue.severity,
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Drafts, versions and the live switch. A draft must at least be a playbook document
 * with a valid id; with `partial` (the editor's autosave) it may still have problems,
 * which block publishing, not saving.
 */
export class PlaybookService {
  constructor(private readonly runtime: Runtime) {}

  private get store() {
    return this.runtime.store;
  }

  validate(document: unknown, locale: Locale = 'en') {
    return validate(document, { locale });
  }

  private checkDraft(document: unknown, options: { partial?: boolean; locale?: Locale }) {
    const result = validate(document, { locale: options.locale ?? 'en' });
    if (!result.valid) {
      const blocking = options.partial ? result.errors.filter((e) => e.code === 'document.not_object' || e.code === 'document.schema' || e.path === '$.id') : result.errors;
      if (blocking.length > 0) throw invalid(blocking);
      if (!isRecord(document) || typeof document.id !== 'string' || !Value.Check(PlaybookId, document.id)) throw invalid(result.errors);
    }
    return result;
  }

  async create(document: unknown, options: { partial?: boolean; locale?: Locale }): Promise<PlaybookView> {
    this.checkDraft(document, options);
    const id = (document as { id: string }).id;
    const now = this.runtime.clock.now();
    if ((await this.store.playbooks.create(id, document, now)) === 'exists') {
      throw new HttpError(409, 'playbook_exists', `A playbook with the id ${quoteInput(id)} already exists: choose another id, or update it with PUT /api/playbooks/${id}.`);
    }
    return this.view(id, options.locale);
  }

  async update(id: string, document: unknown, options: { partial?: boolean; locale?: Locale }): Promise<PlaybookView> {
    this.checkDraft(document, options);
    const documentId = (document as { id: string }).id;
    if (documentId !== id) throw new HttpError(400, 'id_mismatch', `The document's id ${quoteInput(documentId)} differs from the address's ${quoteInput(id)}.`);
    const now = this.runtime.clock.now();
    if (!(await this.store.playbooks.saveDraft(id, document, now))) await this.store.playbooks.create(id, document, now);
    return this.view(id, options.locale);
  }

  async view(id: string, locale: Locale = 'en'): Promise<PlaybookView> {
    const record = await this.store.playbooks.get(id);
    if (!record) throw notFound(`The playbook ${quoteInput(id)}`);
    const result = validate(record.draft, { locale });
    return {
      id: record.id,
      draft: record.draft,
      status: record.status,
      published_version: record.publishedVersion,
      created_at: iso(record.createdAt),
      updated_at: iso(record.updatedAt),
      validation: { valid: result.valid, errors: result.errors.map(publicIssue), warnings: result.warnings.map(publicIssue) },
      jobs: (await this.store.jobs.list({ playbookId: id, status: 'active', limit: ACTIVE_JOBS_SHOWN })).reverse().map(jobView),
    };
  }

  /** Every playbook's queued and running jobs, oldest first, by playbook id (one query for the whole list). */
  async activeJobs(): Promise<Map<string, JobView[]>> {
    const byPlaybook = new Map<string, JobView[]>();
    for (const job of (await this.store.jobs.list({ status: 'active', limit: 1000 })).reverse()) {
      if (job.playbookId === null) continue;
      const list = byPlaybook.get(job.playbookId) ?? [];
      list.push(jobView(job));
      byPlaybook.set(job.playbookId, list);
    }
    return byPlaybook;
  }

  /** Arms the live playbook and waits for its job as long as an answer may (README, "Background jobs"): the job when it is not finished by then. */
  private async arm(id: string): Promise<JobView | null> {
    const started = await this.runtime.armPlaybook(id);
    if (started === undefined) return null;
    const job: JobRecord = (await this.runtime.jobs.answer(started.id)) ?? started;
    return isFinished(job) ? null : jobView(job);
  }

  async versions(id: string) {
    if (!(await this.store.playbooks.get(id))) throw notFound(`The playbook ${quoteInput(id)}`);
    return this.store.playbooks.versions(id);
  }

  async version(id: string, version: number) {
    const record = await this.store.playbooks.version(id, version);
    if (!record) throw notFound(`Version ${version} of the playbook ${quoteInput(id)}`);
    return record;
  }

  async list(): Promise<PlaybookListRecord[]> {
    return this.store.playbooks.list();
  }

  async remove(id: string): Promise<void> {
    const record = await this.store.playbooks.get(id);
    if (!record) throw notFound(`The playbook ${quoteInput(id)}`);
    if (record.status === 'live') throw new HttpError(409, 'playbook_live', 'Pause the playbook before deleting it.');
    await this.store.playbooks.remove(id);
    await this.runtime.jobs.cancel(id);
    await this.runtime.catalog.reload();
  }

  /** Publishes; `job` is the enrolment or arming job when it is still under way as the answer goes out. */
  async publish(id: string, locale: Locale = 'en', acknowledged?: PublishAcknowledgement): Promise<{ version: number; job: JobView | null }> {
    const record = await this.publishable(id, locale, acknowledged);
    return this.publishDocument(id, record.draft, acknowledged);
  }

  /** Throws the 422 publishing answers when `document` has problems. */
  assertValid(document: unknown, locale: Locale = 'en'): void {
    const result = validate(document, { locale });
    if (!result.valid) throw invalid(result.errors);
  }

  /** The playbook, when its draft may be published with `acknowledged`: else the 404 or 422 publishing would answer. */
  async publishable(id: string, locale: Locale = 'en', acknowledged?: PublishAcknowledgement): Promise<PlaybookRecord> {
    const record = await this.store.playbooks.get(id);
    if (!record) throw notFound(`The playbook ${quoteInput(id)}`);
    this.assertValid(record.draft, locale);
    if (acknowledged !== undefined && acknowledged.overlaps.length === 0 && acknowledged.same_template.length === 0) {
      // Each problem has a code and a path, as the API's error items do (the OpenAPI Error component).
      const problem = { code: 'publish.nothing_acknowledged', message: '$.acknowledged lists no overlapping playbook: leave it out when the preview found none.', path: '$.acknowledged' };
      throw invalidInput('validation_failed', [problem]);
    }
    return record;
  }

  /**
   * Makes `document` (the draft, or the snapshot a four-eyes request asked for) the next live
   * version. It must be valid: a snapshot is checked again here, since rules may read other
   * things that changed since it was asked for.
   */
  async publishDocument(id: string, document: unknown, acknowledged?: PublishAcknowledgement | null, locale: Locale = 'en'): Promise<{ version: number; job: JobView | null }> {
    this.assertValid(document, locale);
    const version = await this.store.playbooks.publish(id, document, this.runtime.clock.now(), acknowledged ?? null);
    await this.runtime.catalog.reload();
    return { version, job: await this.arm(id) };
  }

  async pause(id: string): Promise<{ status: 'paused' }> {
    const record = await this.store.playbooks.get(id);
    if (!record) throw notFound(`The playbook ${quoteInput(id)}`);
    if (record.publishedVersion === null) throw new HttpError(409, 'not_published', 'This playbook has never been published, so there is nothing to pause.');
    await this.store.playbooks.setStatus(id, 'paused', this.runtime.clock.now());
    // Enrolling into a paused playbook does nothing: its unfinished jobs stop.
    await this.runtime.jobs.cancel(id);
    await this.runtime.catalog.reload();
    return { status: 'paused' };
  }

  async resume(id: string): Promise<{ status: 'live' }> {
    const record = await this.store.playbooks.get(id);
    if (!record) throw notFound(`The playbook ${quoteInput(id)}`);
    if (record.publishedVersion === null) throw new HttpError(409, 'not_published', 'Publish this playbook first; then it can be paused and resumed.');
    await this.store.playbooks.setStatus(id, 'live', this.runtime.clock.now());
    await this.runtime.catalog.reload();
    await this.arm(id);
    return { status: 'live' };
  }

  async enroll(id: string, customerIds: readonly string[], options: { createMissing?: boolean } = {}): Promise<Map<string, EnrolmentOutcome>> {
    const record = await this.store.playbooks.get(id);
    if (!record) throw notFound(`The playbook ${quoteInput(id)}`);
    if (record.status !== 'live') throw new HttpError(409, 'not_live', `The playbook ${quoteInput(id)} is ${record.status}: publish or resume it before enrolling customers.`);
    return this.runtime.enroll(id, customerIds, options);
  }

  /** The playbook's results; with `days`, for the customers who entered in the last `days` days. */
  async stats(id: string, days?: number) {
    const record = await this.store.playbooks.get(id);
    if (!record) throw notFound(`The playbook ${quoteInput(id)}`);
    const since = days === undefined ? undefined : this.runtime.clock.now() - days * MS_PER_DAY;
    return statsAnswer(await this.store.activity.stats(id, since === undefined ? {} : { since }));
  }
}

