import { PREVIEW_SAMPLE_SIZE, previewPublish, previewSample, type CustomerWorld, type PublishPreview } from '@stayflow/engine';
import type { Logic } from '@stayflow/logic';
import type { Playbook } from '@stayflow/playbook';
import type { CustomerReader } from '@stayflow/store';

/** The seed of the preview's sample: one for every playbook, so the overlap guard compares the same customers. */
export const PREVIEW_SEED = 'stayflow-preview';
/** Customers read per query while walking the base. */
const PAGE = 1_000;

/** Everything a preview needs besides the customers; plain data, so it crosses to the worker thread. */
export interface PreviewSpec {
  playbook: Playbook;
  version: number;
  live: { playbook: Playbook; version: number }[];
  earlier: { playbook: Playbook; version: number }[];
  segments: { name: string; if: Logic }[];
  from: number;
  days: number;
  sampleSize?: number;
}

/**
 * Reads the base in id order (ids first, then the sampled customers' stored worlds),
 * and previews the publish over it. Progress: reading ids 0–5%, the worlds 5–15%,
 * the simulation the rest.
 */
export async function computePreview(reader: CustomerReader, spec: PreviewSpec, report: (fraction: number) => void): Promise<PublishPreview> {
  const total = await reader.customers.count();
  const ids: string[] = [];
  for (let after: string | null = null; ; ) {
    const page = await reader.customers.ids(after, PAGE * 10);
    ids.push(...page);
    if (page.length < PAGE * 10) break;
    after = page.at(-1)!;
    report(0.05 * Math.min(1, ids.length / Math.max(total, 1)));
  }
  const chosen = previewSample(ids, spec.sampleSize ?? PREVIEW_SAMPLE_SIZE, PREVIEW_SEED);
  const wanted = new Set(chosen);
  const worlds: CustomerWorld[] = [];
  for (let after: string | null = null; worlds.length < chosen.length; ) {
    const page = await reader.customers.page(after, PAGE);
    for (const record of page) if (wanted.has(record.id)) worlds.push(record.world);
    if (page.length < PAGE) break;
    after = page.at(-1)!.id;
    report(0.05 + 0.1 * (worlds.length / chosen.length));
  }
  return previewPublish({ ...spec, worlds, population: ids.length, onProgress: (f) => report(0.15 + 0.85 * f) });
}
