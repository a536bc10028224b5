import type { Playbook } from '@stayflow/playbook';
import { simulate, type SimulationInput, type SimulationResult } from '../simulate.ts';
import { previewFigures, type PublishPreview } from './previewFigures.ts';
import { PreviewTally } from './PreviewTally.ts';

const MS_PER_DAY = 86_400_000;

/** How often the preview sweeps everyone for rules that cannot be timed (others are re-checked when they may flip, as the runtime does): the runtime's default. */
export const PREVIEW_SWEEP_EVERY = 'PT1H';
/** Example journeys a preview keeps: those of the first customers to enter. */
export const PREVIEW_EXAMPLES = 3;

export interface SimulatePreviewsInput extends Omit<SimulationInput, 'from' | 'to' | 'sweepEvery' | 'recheck' | 'observe'> {
  /** The playbooks whose preview is wanted (each of `playbooks`' ids); the others count for their overlaps only. */
  targets: readonly string[];
  from: number;
  days: number;
  /** How many customers the base holds when `worlds`/`customers` are a sample of it: counts are scaled by population / simulated. */
  population?: number;
}

export interface PreviewedSimulation {
  result: SimulationResult;
  /** By playbook id, one for each target. */
  previews: Record<string, PublishPreview>;
}

/**
 * A simulation with the preview of each target counted from its effects: the one path
 * from a simulation to the preview's figures, taken by the publish preview (server) and
 * `stayflow simulate` (CLI), so the two cannot disagree. The calendar is the preview's:
 * sweeps every `PREVIEW_SWEEP_EVERY` only while a rule cannot be timed, and every customer
 * re-checked at the instant a rule may flip for them (`recheck: 'timed'`), as the runtime does.
 * Overlaps are with every other playbook simulated.
 */
export function simulatePreviews(input: SimulatePreviewsInput): PreviewedSimulation {
  const { targets, days, population, ...simulation } = input;
  const to = input.from + days * MS_PER_DAY;
  const byId = new Map(input.playbooks.map((p) => [p.id, p]));
  const tallies = targets.map((id) => {
    if (!byId.has(id)) throw new Error(`simulatePreviews: ${id} is not one of the simulated playbooks`);
    const tally = new PreviewTally(id, input.from, PREVIEW_EXAMPLES);
    for (const world of input.worlds ?? []) tally.startWith(world);
    return tally;
  });
  const result = simulate({
    ...simulation,
    from: input.from,
    to,
    sweepEvery: PREVIEW_SWEEP_EVERY,
    recheck: 'timed',
    observe: (effects) => {
      for (const tally of tallies) tally.take(effects);
    },
  });
  const names = new Map<string, unknown>();
  for (const world of input.worlds ?? []) names.set(world.customer.id, world.customer.attributes.name);
  for (const customer of input.customers) names.set(customer.id, customer.attributes?.name);
  const simulated = (input.worlds?.length ?? 0) + input.customers.length;
  const previews: Record<string, PublishPreview> = {};
  for (const tally of tallies) {
    const playbook: Playbook = byId.get(tally.target)!;
    previews[playbook.id] = previewFigures({
      playbook,
      tally,
      stats: result.playbooks[playbook.id],
      from: input.from,
      to,
      days,
      simulated,
      population: Math.max(population ?? simulated, simulated),
      others: input.playbooks.filter((p) => p.id !== playbook.id),
      nameOf: (id) => {
        const name = names.get(id);
        return typeof name === 'string' ? name : null;
      },
    });
  }
  return { result, previews };
}
