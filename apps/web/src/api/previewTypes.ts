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

export interface PreviewOverlap {
  playbook_id: string;
  name: string;
  customers_in_both: number;
  contacted_by_both: number;
}

/** What the operator published anyway: the preview's overlaps, as `POST /api/playbooks/:id/publish` takes them and the history shows them. */
export interface PublishAcknowledgement {
  horizon_days: number;
  overlaps: PreviewOverlap[];
  same_template: PreviewResult['same_template'];
}

export interface PreviewResult {
  playbook_id: string;
  from: string;
  to: string;
  horizon_days: number;
  sample: { customers: number; of: number; scale: number; sampled: boolean };
  entered: { now: number; over_horizon: number };
  messages: { total: number; by_channel: Record<string, number>; by_day: { day: string; total: number; by_channel: Record<string, number> }[] };
  coupons: { total: number; by_currency: { currency: string; count: number; value: number }[]; by_percent: { percent: number; count: number }[] };
  tasks: { total: number; by_day: { day: string; count: number }[] };
  steps: { node: string; label: string | null; type: string; entered: number }[];
  examples: { customer_id: string; name: string | null; steps: { at: string; kind: string; node?: string; label?: string | null; detail?: string }[] }[];
  overlaps: PreviewOverlap[];
  same_template: { playbook_id: string; name: string; template: string }[];
}
