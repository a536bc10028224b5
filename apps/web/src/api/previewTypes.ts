import type { AnswerOf, BodyOf } from '@stayflow/client';
import type { PublishPreview } from '@stayflow/engine';

/**
 * A publish preview as the server answers it (`POST /api/playbooks/:id/simulate`, `GET /api/previews/:id`):
 * the generated answer with `result` typed as the engine's preview.
 */
export type PreviewJob = Omit<AnswerOf<'getPreview'>, 'result'> & { result: PreviewResult | null };

/** The horizons the server previews, in days. */
export type PreviewHorizon = BodyOf<'previewPublish'>['horizon_days'];

export type PreviewOverlap = PublishPreview['overlaps'][number];

/** What the operator published anyway: the preview's overlaps, as `POST /api/playbooks/:id/publish` takes them and the history shows them. */
export interface PublishAcknowledgement {
  horizon_days: number;
  overlaps: PreviewOverlap[];
  same_template: PreviewResult['same_template'];
}

/** The engine's preview (one module for the server and the CLI), with the live playbooks made from the same template. */
export type PreviewResult = PublishPreview & { same_template: { playbook_id: string; name: string; template: string }[] };
