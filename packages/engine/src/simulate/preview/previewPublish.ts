import type { Logic } from '@stayflow/logic';
import type { Playbook } from '@stayflow/playbook';
import type { CustomerWorld } from '../../react/CustomerWorld.ts';
import type { PublishPreview } from './previewFigures.ts';
import { simulatePreviews } from './simulatePreviews.ts';

export { PREVIEW_EXAMPLES, PREVIEW_SWEEP_EVERY } from './simulatePreviews.ts';

export interface PreviewPublishInput {
  /** The draft about to be published, as the version it would become. */
  playbook: Playbook;
  version: number;
  /** The other live playbooks, at their live versions: they run beside it, for the overlap. */
  live: readonly { playbook: Playbook; version: number }[];
  /** Earlier versions that stored runs are still on (the playbook's own live version when republishing). */
  earlier?: readonly { playbook: Playbook; version: number }[];
  /** The customers simulated (the whole base, or a sample of it), as stored. */
  worlds: readonly CustomerWorld[];
  /** How many customers the base holds: counts are scaled by population / worlds. */
  population: number;
  segments?: readonly { name: string; if: Logic }[];
  from: number;
  days: number;
  onProgress?: (fraction: number) => void;
}

/**
 * "What would publishing this do?": the stored customers go on from their current state
 * with the draft live beside the other live playbooks, time passing (sweeps, waits,
 * date and schedule triggers) but no new events, since those cannot be foreseen: an
 * event-triggered playbook shows only what its waiting customers do. Entering "now"
 * is the sweep at the publishing instant (the enrolment job). Nothing is stored or sent.
 */
export function previewPublish(input: PreviewPublishInput): PublishPreview {
  const others = input.live.filter((l) => l.playbook.id !== input.playbook.id);
  const versions: Record<string, number> = { [input.playbook.id]: input.version };
  for (const l of others) versions[l.playbook.id] = l.version;
  return simulatePreviews({
    playbooks: [input.playbook, ...others.map((l) => l.playbook)],
    targets: [input.playbook.id],
    versions,
    earlier: input.earlier ?? [],
    worlds: input.worlds,
    customers: [],
    events: [],
    segments: input.segments ?? [],
    from: input.from,
    days: input.days,
    population: input.population,
    messages: false,
    journeys: false,
    ...(input.onProgress !== undefined ? { onProgress: input.onProgress } : {}),
  }).previews[input.playbook.id]!;
}
