import type { Person } from './people.ts';
import type { Random } from './random.ts';
import type { CustomerClock } from './timeline.ts';
import type { Behaviour, DemoAttributes, EventProperties } from './types.ts';

/** An event before it has an id: events are numbered once the story is sorted in time. */
export interface DraftEvent {
  ms: number;
  type: string;
  properties: EventProperties;
}

/** What one customer's history says, before it becomes records. */
export interface Story {
  signupMs: number;
  plan: string;
  events: DraftEvent[];
  /** Moments the customer was in touch (orders, sessions): NPS and feedback follow them. */
  touchpoints: number[];
  /** For the `vip` tag, in CNY whatever the currency. */
  spentCny: number;
  attributes: Pick<DemoAttributes, 'renewal_date' | 'billing' | 'subscription_status' | 'activated_at' | 'renewed_at'>;
  tags: string[];
}

export interface StoryContext {
  random: Random;
  clock: CustomerClock;
  person: Person;
  behaviour: Behaviour;
  /** The customer's own spend level, a multiplier of their baskets with mean 1 (spendLevel.ts). */
  spendLevel: number;
}

export const USD_TO_CNY = 7;

export function sessionPlatform(random: Random, person: Person): string {
  return random.weighted([
    ['mini_program', person.usesWechat ? 5 : 0],
    ['ios', 4],
    ['android', person.locale === 'zh-CN' ? 4 : 2],
    ['web', 3],
  ]);
}

/** Session events on the given days (days before now), none before sign-up. */
export function sessionsOn(context: StoryContext, signupMs: number, days: readonly number[]): DraftEvent[] {
  const sessions: DraftEvent[] = [];
  for (const day of days) {
    const ms = context.clock.daysAgo(Math.max(0, day));
    if (ms >= signupMs) sessions.push({ ms, type: 'session_started', properties: { platform: sessionPlatform(context.random, context.person) } });
  }
  return sessions;
}

/** Days from `fromDaysAgo` towards today, `gap()` days apart, stopping before `untilDaysAgo`. */
export function rhythm(fromDaysAgo: number, untilDaysAgo: number, gap: () => number): number[] {
  const days: number[] = [];
  for (let day = fromDaysAgo; day >= untilDaysAgo; day -= gap()) days.push(day);
  return days;
}
