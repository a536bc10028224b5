import type { Logic } from '@stayflow/logic';
import type { Playbook } from '@stayflow/playbook';
import type { CustomerWorld } from '../../react/CustomerWorld.ts';
import { simulate } from '../simulate.ts';
import { previewFigures, type PublishPreview } from './previewFigures.ts';
import { PreviewTally } from './PreviewTally.ts';

const MS_PER_DAY = 86_400_000;

/** How often the preview sweeps everyone for rules that cannot be timed (others are re-checked when they may flip, as the runtime does): the runtime's default. */
export const PREVIEW_SWEEP_EVERY = 'PT1H';
/** Example journeys a preview keeps: those of the first customers to enter. */
export const PREVIEW_EXAMPLES = 3;

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
  const to = input.from + input.days * MS_PER_DAY;
  const tally = new PreviewTally(input.playbook.id, input.from, PREVIEW_EXAMPLES);
  for (const world of input.worlds) tally.startWith(world);
  const others = input.live.filter((l) => l.playbook.id !== input.playbook.id);
  const playbooks = [input.playbook, ...others.map((l) => l.playbook)];
  const versions: Record<string, number> = { [input.playbook.id]: input.version };
  for (const l of others) versions[l.playbook.id] = l.version;
  const result = simulate({
    playbooks,
    versions,
    earlier: input.earlier ?? [],
    worlds: input.worlds,
    customers: [],
    events: [],
    segments: input.segments ?? [],
    from: input.from,
    to,
    sweepEvery: PREVIEW_SWEEP_EVERY,
    recheck: 'timed',
    messages: false,
    journeys: false,
    observe: (effects) => tally.take(effects),
    ...(input.onProgress !== undefined ? { onProgress: input.onProgress } : {}),
  });
  const names = new Map(input.worlds.map((w) => [w.customer.id, w.customer.attributes.name]));
  return previewFigures({
    playbook: input.playbook,
    tally,
    stats: result.playbooks[input.playbook.id],
    from: input.from,
    to,
    days: input.days,
    simulated: input.worlds.length,
    population: Math.max(input.population, input.worlds.length),
    others: others.map((l) => l.playbook),
    nameOf: (id) => {
      const name = names.get(id);
      return typeof name === 'string' ? name : null;
    },
  });
}
