import type { PublishPreview } from '@stayflow/engine';

/** A publish preview as the server answers it (`POST /api/playbooks/:id/simulate`, `GET /api/previews/:id`). */
export interface PreviewJob {
  id: string;
  playbook_id: string;
  horizon_days: number;
  status: 'queued' | 'running' | 'done' | 'failed' | 'cancelled';
  progress: number;
  created_at: string;
  finished_at: string | null;
  error: string | null;
  result: PreviewResult | null;
}

export type PreviewOverlap = PublishPreview['overlaps'][number];

/** What the operator published anyway: the preview's overlaps, as `POST /api/playbooks/:id/publish` takes them and the history shows them. */
export interface PublishAcknowledgement {
  horizon_days: number;
  overlaps: PreviewOverlap[];
  same_template: PreviewResult['same_template'];
}

/** The engine's preview (one module for the server and the CLI), with the live playbooks made from the same template. */
export type PreviewResult = PublishPreview & { same_template: { playbook_id: string; name: string; template: string }[] };
