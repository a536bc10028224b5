import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PublishPreview } from '@stayflow/engine';
import type { StoreTarget } from '@stayflow/store';
import type { PreviewSpec } from './computePreview.ts';
import type { PreviewMessage } from './previewWorker.ts';
import { previewWorkerBundle } from './previewWorkerBundle.ts';

/** Previews computed at once; the others wait their turn (2 cores: the runtime keeps one). */
export const PREVIEWS_AT_ONCE = 1;
/** Finished previews kept for `GET /api/previews/:id`, newest; older ones are forgotten. */
export const PREVIEWS_KEPT = 50;

/** Live playbooks made from the same template as the previewed one. */
export interface SameTemplate {
  playbook_id: string;
  name: string;
  template: string;
}

export type PreviewResult = PublishPreview & { same_template: SameTemplate[] };

export interface PreviewJob {
  id: string;
  playbook_id: string;
  horizon_days: number;
  status: 'queued' | 'running' | 'done' | 'failed' | 'cancelled';
  /** 0–1. */
  progress: number;
  created_at: string;
  finished_at: string | null;
  error: string | null;
  result: PreviewResult | null;
}

interface Entry {
  job: PreviewJob;
  spec: PreviewSpec;
  sameTemplate: SameTemplate[];
  worker?: Worker;
  settled: Promise<void>;
  settle: () => void;
}

// tsx's ESM API (the package maps `tsx/esm/api` to index.cjs for require and index.mjs for import).
const tsxApi = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
const workerEntry = new URL('./previewWorker.ts', import.meta.url).href;
// The fallback when the bundle could not be built: the TypeScript sources through tsx's loader (seconds per start).
const TSX_BOOTSTRAP = `const { workerData } = require('node:worker_threads');
import(workerData.tsxApi).then((tsx) => tsx.register()).then(() => import(workerData.entry));`;
const BUNDLE_BOOTSTRAP = `const { workerData } = require('node:worker_threads');
import(workerData.entry);`;

/**
 * Publish previews, each computed in a worker thread of its own (off the request path)
 * on its own read-only connection to the store, reporting progress, cancellable (the
 * thread is ended). Jobs live in memory: a restart forgets them (a preview is cheap to
 * ask again and stores nothing).
 */
export class PreviewRunner {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly target: StoreTarget,
    private readonly options: { wallNow?: () => number; onProgress?: (job: PreviewJob) => void; log?: (message: string) => void } = {},
  ) {}

  private wallNow(): number {
    return (this.options.wallNow ?? Date.now)();
  }

  start(playbookId: string, spec: PreviewSpec, sameTemplate: SameTemplate[]): PreviewJob {
    let settle!: () => void;
    const settled = new Promise<void>((resolve) => (settle = resolve));
    const job: PreviewJob = {
      id: randomUUID(),
      playbook_id: playbookId,
      horizon_days: spec.days,
      status: 'queued',
      progress: 0,
      created_at: new Date(this.wallNow()).toISOString(),
      finished_at: null,
      error: null,
      result: null,
    };
    this.entries.set(job.id, { job, spec, sameTemplate, settled, settle });
    this.forgetOld();
    this.next();
    return job;
  }

  get(id: string): PreviewJob | undefined {
    return this.entries.get(id)?.job;
  }

  /** Resolves once the job has ended (done, failed or cancelled). */
  async finished(id: string): Promise<PreviewJob | undefined> {
    await this.entries.get(id)?.settled;
    return this.get(id);
  }

  /** Ends an unfinished preview; false when it had already ended (or is unknown). */
  async cancel(id: string): Promise<boolean> {
    const entry = this.entries.get(id);
    if (entry === undefined || !isActive(entry.job)) return false;
    this.end(entry, { status: 'cancelled' });
    await entry.worker?.terminate();
    return true;
  }

  /** Ends every running preview (the server is stopping). */
  async stop(): Promise<void> {
    await Promise.all([...this.entries.keys()].map((id) => this.cancel(id)));
  }

  private next(): void {
    const running = [...this.entries.values()].filter((e) => e.job.status === 'running').length;
    if (running >= PREVIEWS_AT_ONCE) return;
    const entry = [...this.entries.values()].find((e) => e.job.status === 'queued');
    if (entry === undefined) return;
    entry.job.status = 'running';
    void this.spawn(entry);
  }

  /** Starts the job's worker on the bundled entry (previewWorkerBundle), else through tsx. */
  private async spawn(entry: Entry): Promise<void> {
    const bundle = await previewWorkerBundle((message) => this.options.log?.(`The preview worker could not be bundled (${message}); previews load through tsx, taking seconds longer to start.`));
    if (!isActive(entry.job)) return;
    const workerData = { tsxApi, entry: bundle ?? workerEntry, target: this.target, spec: entry.spec };
    const worker = new Worker(bundle === null ? TSX_BOOTSTRAP : BUNDLE_BOOTSTRAP, { eval: true, workerData });
    entry.worker = worker;
    worker.on('message', (message: PreviewMessage) => {
      if (!isActive(entry.job)) return;
      if (message.type === 'progress') {
        entry.job.progress = Math.min(1, Math.max(entry.job.progress, message.fraction));
        this.options.onProgress?.(entry.job);
      }
      else if (message.type === 'done') this.end(entry, { status: 'done', result: { ...(message.preview as PublishPreview), same_template: entry.sameTemplate } });
      else this.end(entry, { status: 'failed', error: `The preview could not be computed: ${message.message}` });
    });
    worker.on('error', (error: unknown) => this.end(entry, { status: 'failed', error: `The preview could not be computed: ${error instanceof Error ? error.message : String(error)}` }));
    worker.on('exit', () => {
      if (isActive(entry.job)) this.end(entry, { status: 'failed', error: 'The preview stopped before it finished: ask for it again.' });
    });
  }

  private end(entry: Entry, outcome: { status: 'done' | 'failed' | 'cancelled'; result?: PreviewResult; error?: string }): void {
    if (!isActive(entry.job)) return;
    entry.job.status = outcome.status;
    entry.job.finished_at = new Date(this.wallNow()).toISOString();
    if (outcome.result !== undefined) {
      entry.job.result = outcome.result;
      entry.job.progress = 1;
    }
    if (outcome.error !== undefined) entry.job.error = outcome.error;
    entry.settle();
    if (outcome.status !== 'cancelled') void entry.worker?.terminate();
    this.next();
  }

  private forgetOld(): void {
    const finished = [...this.entries.values()].filter((e) => !isActive(e.job));
    for (const entry of finished.slice(0, Math.max(0, finished.length - PREVIEWS_KEPT))) this.entries.delete(entry.job.id);
  }
}

const isActive = (job: PreviewJob) => job.status === 'queued' || job.status === 'running';
