import type { CompiledPlaybook } from '../compile/CompiledPlaybook.ts';
import type { Effect } from '../Effect.ts';
import { isoAt } from '../time/isoAt.ts';

/** Per-node and per-run counts for one playbook, shaped like `GET /api/playbooks/:id/stats`. */
export interface PlaybookStats {
  nodes: Record<string, { entered: number; ports: Record<string, number> }>;
  runs: { started: number; active: number; completed: number; exited: number };
  goal: { converted: number; rate: number; treatment_rate?: number; control_rate?: number };
  variants?: Record<string, { runs: number; converted: number; rate: number }>;
}

export interface SimulatedMessage {
  at: string;
  customer: string;
  playbook: string;
  node: string;
  channel: string;
  subject?: string;
  body: string;
}

/** What happened to one customer, in time order, as an operator reads it. */
export type JourneyStep = { at: string; playbook: string; run: string } & (
  | { kind: 'entered'; control: boolean }
  | { kind: 'step'; node: string; port?: string }
  | { kind: 'action'; node: string; action: string; detail: string }
  | { kind: 'converted' }
  | { kind: 'ended'; status: string; reason: string }
);

interface Tally {
  stats: PlaybookStats;
  startedControl: number;
  convertedControl: number;
  holdout: boolean;
}

/** Collects a simulation's effects into stats, the message log and journeys. */
export class SimulationReport {
  readonly byType: Record<string, number> = {};
  total = 0;
  nodeSteps = 0;
  readonly messages: SimulatedMessage[] = [];
  readonly journeys: Record<string, JourneyStep[]> = {};
  private readonly tallies = new Map<string, Tally>();

  constructor(
    playbooks: readonly CompiledPlaybook[],
    private readonly keep: { messages: boolean; journeys: boolean },
  ) {
    for (const playbook of playbooks) {
      const nodes: PlaybookStats['nodes'] = {};
      for (const id of playbook.nodes.keys()) nodes[id] = { entered: 0, ports: {} };
      this.tallies.set(playbook.id, {
        stats: { nodes, runs: { started: 0, active: 0, completed: 0, exited: 0 }, goal: { converted: 0, rate: 0 } },
        startedControl: 0,
        convertedControl: 0,
        holdout: playbook.settings.holdout > 0,
      });
    }
  }

  take(effects: readonly Effect[]): void {
    for (const effect of effects) {
      this.total++;
      this.byType[effect.type] = (this.byType[effect.type] ?? 0) + 1;
      if (effect.type === 'schedule_date' || effect.type === 'schedule_timer' || effect.type === 'cancel_timer') continue;
      const tally = this.tallies.get(effect.playbook);
      if (tally === undefined) continue;
      const stats = tally.stats;
      switch (effect.type) {
        case 'record_step': {
          const node = (stats.nodes[effect.node] ??= { entered: 0, ports: {} });
          if (effect.resumed !== true) {
            node.entered++;
            this.nodeSteps++;
          }
          if (effect.port !== undefined) node.ports[effect.port] = (node.ports[effect.port] ?? 0) + 1;
          if (effect.variant !== undefined) {
            const variant = ((stats.variants ??= {})[effect.variant] ??= { runs: 0, converted: 0, rate: 0 });
            variant.runs++;
          }
          if (this.keep.journeys) this.journey(effect.customer, { at: isoAt(effect.at), playbook: effect.playbook, run: effect.run, kind: 'step', node: effect.node, ...(effect.port !== undefined ? { port: effect.port } : {}) });
          break;
        }
        case 'start_run':
          stats.runs.started++;
          if (effect.control) tally.startedControl++;
          if (this.keep.journeys) this.journey(effect.customer, { at: isoAt(effect.at), playbook: effect.playbook, run: effect.run, kind: 'entered', control: effect.control });
          break;
        case 'end_run':
          stats.runs[effect.status]++;
          if (this.keep.journeys) this.journey(effect.customer, { at: isoAt(effect.at), playbook: effect.playbook, run: effect.run, kind: 'ended', status: effect.status, reason: effect.reason });
          break;
        case 'record_conversion':
          stats.goal.converted++;
          if (effect.control) tally.convertedControl++;
          if (effect.variant !== undefined) ((stats.variants ??= {})[effect.variant] ??= { runs: 0, converted: 0, rate: 0 }).converted++;
          if (this.keep.journeys) this.journey(effect.customer, { at: isoAt(effect.at), playbook: effect.playbook, run: effect.run, kind: 'converted' });
          break;
        case 'send_message':
          if (this.keep.messages) {
            this.messages.push({
              at: isoAt(effect.at),
              customer: effect.customer,
              playbook: effect.playbook,
              node: effect.node,
              channel: effect.channel,
              ...(effect.subject !== undefined ? { subject: effect.subject } : {}),
              body: effect.body,
            });
          }
          this.action(effect, effect.subject ?? effect.channel);
          break;
        case 'add_tag':
        case 'remove_tag':
          this.action(effect, effect.tag);
          break;
        case 'issue_coupon':
          this.action(effect, effect.code);
          break;
        case 'create_task':
          this.action(effect, effect.title);
          break;
        case 'webhook':
          this.action(effect, `${effect.method} ${effect.url}`);
          break;
        case 'update_customer':
          this.action(effect, Object.keys(effect.set).join(', '));
          break;
      }
    }
  }

  stats(): Record<string, PlaybookStats> {
    const out: Record<string, PlaybookStats> = {};
    for (const [id, tally] of this.tallies) {
      const { stats } = tally;
      stats.runs.active = stats.runs.started - stats.runs.completed - stats.runs.exited;
      stats.goal.rate = ratio(stats.goal.converted, stats.runs.started);
      if (tally.holdout) {
        stats.goal.treatment_rate = ratio(stats.goal.converted - tally.convertedControl, stats.runs.started - tally.startedControl);
        stats.goal.control_rate = ratio(tally.convertedControl, tally.startedControl);
      }
      for (const variant of Object.values(stats.variants ?? {})) variant.rate = ratio(variant.converted, variant.runs);
      out[id] = stats;
    }
    return out;
  }

  private action(effect: Extract<Effect, { key: string }>, detail: string): void {
    if (this.keep.journeys) this.journey(effect.customer, { at: isoAt(effect.at), playbook: effect.playbook, run: effect.run, kind: 'action', node: effect.node, action: effect.type, detail });
  }

  private journey(customer: string, step: JourneyStep): void {
    (this.journeys[customer] ??= []).push(step);
  }
}

function ratio(part: number, whole: number): number {
  return whole > 0 ? part / whole : 0;
}
