import type { Effect } from '../../Effect.ts';
import type { CustomerWorld } from '../../react/CustomerWorld.ts';
import { isoAt } from '../../time/isoAt.ts';

/** One step of an example journey, in the order it happened. */
export interface PreviewJourneyStep {
  at: number;
  kind: 'entered' | 'step' | 'action' | 'converted' | 'ended';
  node?: string;
  /** The action (`send_message`, `issue_coupon`, …), the port left by, or how the run ended. */
  detail?: string;
}

/** Coupons of one currency with a fixed amount. */
export interface CouponAmounts {
  count: number;
  value: number;
}

/**
 * Counts, from a simulation's effects, what one playbook (the one about to be published)
 * would do, and which customers every other playbook reaches, for the overlap guard.
 * Days are UTC calendar days (`YYYY-MM-DD`). A few example journeys are kept: those of
 * the first customers to enter.
 */
export class PreviewTally {
  enteredNow = 0;
  entered = 0;
  readonly messagesByDay = new Map<string, Map<string, number>>();
  readonly couponsByCurrency = new Map<string, CouponAmounts>();
  readonly couponsByPercent = new Map<number, number>();
  readonly tasksByDay = new Map<string, number>();
  /** Per playbook: the customers who were in one of its runs over the horizon. */
  readonly inside = new Map<string, Set<string>>();
  /** Per playbook: the customers it sent a message or issued a coupon to. */
  readonly contacted = new Map<string, Set<string>>();
  readonly journeys = new Map<string, PreviewJourneyStep[]>();

  constructor(
    readonly target: string,
    private readonly from: number,
    private readonly examples: number,
  ) {}

  /** Customers already inside a run at the start count as inside that playbook. */
  startWith(world: CustomerWorld): void {
    for (const run of world.runs) if (run.status === 'active') this.add(this.inside, run.playbookId, world.customer.id);
  }

  take(effects: readonly Effect[]): void {
    for (const effect of effects) {
      if (effect.type === 'schedule_date' || effect.type === 'schedule_timer' || effect.type === 'cancel_timer') continue;
      if (effect.type === 'start_run') this.add(this.inside, effect.playbook, effect.customer);
      if (effect.type === 'send_message' || effect.type === 'issue_coupon') this.add(this.contacted, effect.playbook, effect.customer);
      if (effect.playbook !== this.target) continue;
      switch (effect.type) {
        case 'start_run':
          this.entered++;
          if (effect.at <= this.from) this.enteredNow++;
          if (this.journeys.size < this.examples && !this.journeys.has(effect.customer)) this.journeys.set(effect.customer, []);
          this.step(effect.customer, { at: effect.at, kind: 'entered', ...(effect.control ? { detail: 'control' } : {}) });
          break;
        case 'record_step':
          if (effect.resumed !== true) this.step(effect.customer, { at: effect.at, kind: 'step', node: effect.node, ...(effect.port !== undefined ? { detail: effect.port } : {}) });
          break;
        case 'send_message': {
          const day = this.day(effect.at);
          const channels = this.messagesByDay.get(day) ?? new Map<string, number>();
          channels.set(effect.channel, (channels.get(effect.channel) ?? 0) + 1);
          this.messagesByDay.set(day, channels);
          this.step(effect.customer, { at: effect.at, kind: 'action', node: effect.node, detail: effect.type });
          break;
        }
        case 'issue_coupon':
          if (effect.amount !== undefined) {
            const currency = effect.currency ?? '';
            const amounts = this.couponsByCurrency.get(currency) ?? { count: 0, value: 0 };
            amounts.count++;
            amounts.value += effect.amount;
            this.couponsByCurrency.set(currency, amounts);
          } else if (effect.percent !== undefined) this.couponsByPercent.set(effect.percent, (this.couponsByPercent.get(effect.percent) ?? 0) + 1);
          this.step(effect.customer, { at: effect.at, kind: 'action', node: effect.node, detail: effect.type });
          break;
        case 'create_task': {
          const day = this.day(effect.at);
          this.tasksByDay.set(day, (this.tasksByDay.get(day) ?? 0) + 1);
          this.step(effect.customer, { at: effect.at, kind: 'action', node: effect.node, detail: effect.type });
          break;
        }
        case 'webhook':
        case 'update_customer':
        case 'add_tag':
        case 'remove_tag':
          this.step(effect.customer, { at: effect.at, kind: 'action', node: effect.node, detail: effect.type });
          break;
        case 'record_conversion':
          this.step(effect.customer, { at: effect.at, kind: 'converted' });
          break;
        case 'end_run':
          this.step(effect.customer, { at: effect.at, kind: 'ended', detail: effect.status });
          break;
      }
    }
  }

  private day(at: number): string {
    return isoAt(at).slice(0, 10);
  }

  private add(sets: Map<string, Set<string>>, playbook: string, customer: string): void {
    let set = sets.get(playbook);
    if (set === undefined) sets.set(playbook, (set = new Set()));
    set.add(customer);
  }

  private step(customer: string, step: PreviewJourneyStep): void {
    this.journeys.get(customer)?.push(step);
  }
}
