import type { Playbook } from '@stayflow/playbook';
import type { PlaybookStats } from '../SimulationReport.ts';
import { isoAt } from '../../time/isoAt.ts';
import type { PreviewTally } from './PreviewTally.ts';

/** What publishing a playbook would do over the horizon, counted over the whole base (a sample's counts scaled). */
export interface PublishPreview {
  playbook_id: string;
  from: string;
  to: string;
  horizon_days: number;
  /** How many customers were simulated, out of how many; counts below are multiplied by `scale` and rounded. */
  sample: { customers: number; of: number; scale: number; sampled: boolean };
  /** Customers who enter as it goes live (`now`) and over the whole horizon, now included. */
  entered: { now: number; over_horizon: number };
  messages: { total: number; by_channel: Record<string, number>; by_day: { day: string; total: number; by_channel: Record<string, number> }[] };
  /** Coupons with an amount, per currency (never added across currencies), and percentage coupons per percentage. */
  coupons: { total: number; by_currency: { currency: string; count: number; value: number }[]; by_percent: { percent: number; count: number }[] };
  tasks: { total: number; by_day: { day: string; count: number }[] };
  /** Node visits per step, holdout runs included (they walk the graph and receive nothing), in the document's order. */
  steps: { node: string; label: string | null; type: string; entered: number }[];
  examples: { customer_id: string; name: string | null; steps: { at: string; kind: string; node?: string; label?: string | null; detail?: string }[] }[];
  /** Other live playbooks that would reach the same customers over the horizon, most shared first. */
  overlaps: { playbook_id: string; name: string; customers_in_both: number; contacted_by_both: number }[];
}

export interface PreviewFiguresInput {
  playbook: Playbook;
  tally: PreviewTally;
  stats: PlaybookStats | undefined;
  from: number;
  to: number;
  days: number;
  simulated: number;
  population: number;
  /** The other live playbooks, for the overlap (none for a plain simulation). */
  others?: readonly Playbook[];
  nameOf?: (customerId: string) => string | null;
}

const sortedDays = <T>(days: Map<string, T>) => [...days.keys()].sort();

/**
 * The preview's figures from a simulation's tally: the one place that turns simulated
 * effects into what the publish dialog, the API and the CLI show. Counts over a sample are
 * scaled to the whole base: `round(count × population / simulated)`; money to the cent.
 */
export function previewFigures(input: PreviewFiguresInput): PublishPreview {
  const { playbook, tally, simulated, population } = input;
  const scale = simulated === 0 ? 1 : population / simulated;
  const n = (count: number) => Math.round(count * scale);
  const money = (value: number) => Math.round(value * scale * 100) / 100;
  const labels = new Map(playbook.nodes.map((node) => [node.id, node.label ?? null]));

  const byChannel: Record<string, number> = {};
  const messageDays = sortedDays(tally.messagesByDay).map((day) => {
    const channels: Record<string, number> = {};
    let total = 0;
    for (const [channel, count] of [...tally.messagesByDay.get(day)!].sort(([a], [b]) => a.localeCompare(b))) {
      channels[channel] = n(count);
      byChannel[channel] = (byChannel[channel] ?? 0) + count;
      total += count;
    }
    return { day, total: n(total), by_channel: channels };
  });
  const messageTotal = Object.values(byChannel).reduce((a, b) => a + b, 0);
  for (const channel of Object.keys(byChannel)) byChannel[channel] = n(byChannel[channel]!);

  const byCurrency = [...tally.couponsByCurrency].sort(([a], [b]) => a.localeCompare(b)).map(([currency, { count, value }]) => ({ currency, count: n(count), value: money(value) }));
  const byPercent = [...tally.couponsByPercent].sort(([a], [b]) => a - b).map(([percent, count]) => ({ percent, count: n(count) }));
  const couponTotal = [...tally.couponsByCurrency.values()].reduce((sum, c) => sum + c.count, 0) + [...tally.couponsByPercent.values()].reduce((a, b) => a + b, 0);
  const taskTotal = [...tally.tasksByDay.values()].reduce((a, b) => a + b, 0);

  const mine = tally.inside.get(playbook.id) ?? new Set<string>();
  const reached = tally.contacted.get(playbook.id) ?? new Set<string>();
  const overlaps = (input.others ?? [])
    .filter((other) => other.id !== playbook.id)
    .map((other) => {
      let both = 0;
      let contacted = 0;
      for (const customer of tally.inside.get(other.id) ?? []) if (mine.has(customer)) both++;
      for (const customer of tally.contacted.get(other.id) ?? []) if (reached.has(customer)) contacted++;
      return { playbook_id: other.id, name: other.name, customers_in_both: n(both), contacted_by_both: n(contacted) };
    })
    .filter((o) => o.customers_in_both > 0)
    .sort((a, b) => b.customers_in_both - a.customers_in_both || a.playbook_id.localeCompare(b.playbook_id));

  return {
    playbook_id: playbook.id,
    from: isoAt(input.from),
    to: isoAt(input.to),
    horizon_days: input.days,
    sample: { customers: simulated, of: population, scale: Math.round(scale * 10_000) / 10_000, sampled: simulated < population },
    entered: { now: n(tally.enteredNow), over_horizon: n(tally.entered) },
    messages: { total: n(messageTotal), by_channel: byChannel, by_day: messageDays },
    coupons: { total: n(couponTotal), by_currency: byCurrency, by_percent: byPercent },
    tasks: { total: n(taskTotal), by_day: sortedDays(tally.tasksByDay).map((day) => ({ day, count: n(tally.tasksByDay.get(day)!) })) },
    steps: playbook.nodes.map((node) => ({ node: node.id, label: node.label ?? null, type: node.type, entered: n(input.stats?.nodes[node.id]?.entered ?? 0) })),
    examples: [...tally.journeys].map(([customer, steps]) => ({
      customer_id: customer,
      name: input.nameOf?.(customer) ?? null,
      steps: steps.map((s) => ({ at: isoAt(s.at), kind: s.kind, ...(s.node !== undefined ? { node: s.node, label: labels.get(s.node) ?? null } : {}), ...(s.detail !== undefined ? { detail: s.detail } : {}) })),
    })),
    overlaps,
  };
}
