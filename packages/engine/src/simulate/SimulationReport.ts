import type { CompiledPlaybook } from '../compile/CompiledPlaybook.ts';
import type { Effect } from '../Effect.ts';
import { goalResults, type GoalResults, type RunGroup } from '../stats/goalResults.ts';
import { isoAt } from '../time/isoAt.ts';

/**
 * Per-node and per-run counts for one playbook, shaped like `GET /api/playbooks/:id/stats`;
 * the goal, holdout and variant figures come from `goalResults`, as the server's do. Step
 * counts (`nodes`) count every run, holdout runs included (they walk the same waits and
 * branches; no action is taken for them): `runs.control` says how many of those there are.
 */
export interface PlaybookStats extends GoalResults {
  nodes: Record<string, { entered: number; ports: Record<string, number> }>;
  runs: { started: number; active: number; completed: number; exited: number; treatment: number; control: number };
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
  nodes: PlaybookStats['nodes'];
  runs: { started: number; completed: number; exited: number };
  /** Runs and conversions per holdout group and variant, keyed `control|variant`. */
  groups: Map<string, RunGroup>;
}

function groupOf(tally: Tally, control: boolean, variant: string | null): RunGroup {
  const key = `${control ? 1 : 0}|${variant ?? ''}`;
  let group = tally.groups.get(key);
  if (group === undefined) tally.groups.set(key, (group = { control, variant, runs: 0, converted: 0 }));
  return group;
}

/** Collects a simulation's effects into stats, the message log and journeys. */
export class SimulationReport {
  readonly byType: Record<string, number> = {};
  total = 0;
  nodeSteps = 0;
  readonly messages: SimulatedMessage[] = [];
  readonly journeys: Record<string, JourneyStep[]> = {};
  private readonly tallies = new Map<string, Tally>();
  /** Whether each run is held out, for moving it to its variant's group when a split picks one. */
  private readonly controlRuns = new Map<string, boolean>();

  constructor(
    playbooks: readonly CompiledPlaybook[],
    private readonly keep: { messages: boolean; journeys: boolean },
  ) {
    for (const playbook of playbooks) {
      const nodes: PlaybookStats['nodes'] = {};
      for (const id of playbook.nodes.keys()) nodes[id] = { entered: 0, ports: {} };
      this.tallies.set(playbook.id, { nodes, runs: { started: 0, completed: 0, exited: 0 }, groups: new Map() });
    }
  }

  take(effects: readonly Effect[]): void {
    for (const effect of effects) {
      this.total++;
      this.byType[effect.type] = (this.byType[effect.type] ?? 0) + 1;
      if (effect.type === 'schedule_date' || effect.type === 'schedule_timer' || effect.type === 'cancel_timer') continue;
      const tally = this.tallies.get(effect.playbook);
      if (tally === undefined) continue;
      switch (effect.type) {
        case 'record_step': {
          const node = (tally.nodes[effect.node] ??= { entered: 0, ports: {} });
          if (effect.resumed !== true) {
            node.entered++;
            this.nodeSteps++;
          }
          if (effect.port !== undefined) node.ports[effect.port] = (node.ports[effect.port] ?? 0) + 1;
          if (effect.variant !== undefined) {
            // The split chose the run's variant: it moves from the no-variant group to that variant's.
            const control = this.controlRuns.get(effect.run) ?? false;
            groupOf(tally, control, null).runs--;
            groupOf(tally, control, effect.variant).runs++;
          }
          if (this.keep.journeys) this.journey(effect.customer, { at: isoAt(effect.at), playbook: effect.playbook, run: effect.run, kind: 'step', node: effect.node, ...(effect.port !== undefined ? { port: effect.port } : {}) });
          break;
        }
        case 'start_run':
          tally.runs.started++;
          this.controlRuns.set(effect.run, effect.control);
          groupOf(tally, effect.control, null).runs++;
          if (this.keep.journeys) this.journey(effect.customer, { at: isoAt(effect.at), playbook: effect.playbook, run: effect.run, kind: 'entered', control: effect.control });
          break;
        case 'end_run':
          tally.runs[effect.status]++;
          if (this.keep.journeys) this.journey(effect.customer, { at: isoAt(effect.at), playbook: effect.playbook, run: effect.run, kind: 'ended', status: effect.status, reason: effect.reason });
          break;
        case 'record_conversion':
          groupOf(tally, effect.control, effect.variant ?? null).converted++;
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
      const groups = [...tally.groups.values()];
      const control = groups.reduce((sum, g) => sum + (g.control ? g.runs : 0), 0);
      const { started, completed, exited } = tally.runs;
      out[id] = {
        nodes: tally.nodes,
        runs: { started, active: started - completed - exited, completed, exited, treatment: started - control, control },
        ...goalResults(groups),
      };
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
