import { COURSES, SHOP_CATEGORIES } from './catalogue.ts';
import type { Random } from './random.ts';
import { sessionsOn, USD_TO_CNY, type DraftEvent, type Story, type StoryContext } from './story.ts';
import { DAY, orderDaysAgo } from './timeline.ts';
import type { Behaviour, Currency } from './types.ts';

/** Shops and schools: every purchase (a basket, a course enrolment) is an `order_placed`. */

/** Loyal customers spend more per order; one-time buyers less. */
const SPEND_LEVEL: Record<Behaviour, number> = { loyal: 1.3, regular: 1, fading: 1.05, churned: 0.9, one_time: 0.8, new: 0.9 };

function roundMoney(value: number): number {
  return Math.max(1, Math.round(value * 100) / 100);
}

function toCny(amount: number, currency: Currency): number {
  return currency === 'CNY' ? amount : amount * USD_TO_CNY;
}

/** New customers signed up in the last 40 days; most ordered once or twice since. */
function newCustomerDays(random: Random): { signupDays: number; orderDays: number[] } {
  const signupDays = random.between(0, 40);
  const count = random.weighted([[0, 30], [1, 45], [2, 20], [3, 5]]);
  const orderDays = Array.from({ length: count }, (_, i) =>
    i === 0 ? Math.max(0, signupDays - random.between(0, 3)) : random.between(0, signupDays),
  ).sort((a, b) => b - a);
  return { signupDays, orderDays };
}

function orderTimeline(context: StoryContext, loyalGapDays: readonly [number, number]): { signupDays: number; orderDays: number[] } {
  const { behaviour, random } = context;
  if (behaviour === 'new') return newCustomerDays(random);
  const orderDays = orderDaysAgo(behaviour, random, loyalGapDays);
  return { signupDays: (orderDays[0] ?? 0) + random.between(0, 60), orderDays };
}

/** Now and then a visit without a purchase; fading customers still browse, churned ones stopped. */
function occasionalSessionDays(context: StoryContext, signupDays: number, orderDays: readonly number[]): number[] {
  const { random, behaviour } = context;
  const lastOrder = orderDays[orderDays.length - 1] ?? signupDays;
  const count = { loyal: random.int(2, 6), regular: random.int(1, 4), fading: random.int(1, 4), churned: random.int(0, 2), one_time: random.int(0, 3), new: random.int(1, 4) }[behaviour];
  return Array.from({ length: count }, () => {
    switch (behaviour) {
      case 'loyal':
      case 'regular':
        return random.between(0, 60);
      case 'fading':
        return random.between(0, 50);
      case 'churned':
        return lastOrder - random.between(1, 30);
      case 'one_time':
        return Math.max(0, lastOrder + random.between(-10, 10));
      case 'new':
        return random.between(0, signupDays);
    }
  });
}

function finish(context: StoryContext, signupDays: number, orders: DraftEvent[], extra: DraftEvent[], plan: string): Story {
  const signupMs = Math.min(context.clock.daysAgo(signupDays), ...orders.map((order) => order.ms));
  const sessions = sessionsOn(context, signupMs, occasionalSessionDays(context, signupDays, orders.map((order) => (context.clock.nowMs - order.ms) / DAY)));
  let spentCny = 0;
  for (const order of orders) spentCny += toCny(order.properties.amount as number, context.person.currency);
  return {
    signupMs,
    plan,
    events: [...orders, ...extra, ...sessions],
    touchpoints: orders.length > 0 ? orders.map((order) => order.ms) : sessions.map((session) => session.ms),
    spentCny,
    attributes: {},
    tags: [],
  };
}

export function shopStory(context: StoryContext): Story {
  const { random, clock, person, behaviour, spendLevel: level } = context;
  const { signupDays, orderDays } = orderTimeline(context, [7, 16]);
  // Each shopper's own level (mean 1): without it every customer's baskets came from one distribution.
  const orders = orderDays.map((day): DraftEvent => {
    const [category, typicalCny] = random.pick(SHOP_CATEGORIES);
    const amountCny = typicalCny * level * SPEND_LEVEL[behaviour] * random.between(0.45, 2.2);
    return {
      ms: clock.daysAgo(day),
      type: 'order_placed',
      properties: {
        amount: roundMoney(person.currency === 'CNY' ? amountCny : amountCny / USD_TO_CNY),
        currency: person.currency,
        items: random.weighted([[1, 5], [2, 3], [3, 2], [4, 1]]),
        category,
        channel: random.weighted([['mini_program', person.usesWechat ? 4 : 0], ['app', 4], ['web', 2]]),
      },
    };
  });
  const plusMember = random.chance({ loyal: 0.7, regular: 0.3, fading: 0.4, churned: 0.15, one_time: 0.05, new: 0.1 }[behaviour]);
  return finish(context, signupDays, orders, [], plusMember ? 'Plus' : 'Free');
}

/** How many lessons a student completes after enrolling. */
const LESSONS: Record<Behaviour, readonly [number, number]> = { loyal: [2, 5], regular: [1, 4], fading: [1, 3], churned: [0, 3], one_time: [1, 6], new: [0, 3] };

export function schoolStory(context: StoryContext): Story {
  const { random, clock, person, behaviour } = context;
  const { signupDays, orderDays } = orderTimeline(context, [12, 24]);
  const lessonsDone = new Map<string, number>();
  const extra: DraftEvent[] = [];
  const orders = orderDays.map((day, index): DraftEvent => {
    // Loyal students mostly top up lesson packs; a course is only bought once while there are others left.
    const packs = COURSES.filter((candidate) => candidate.repeatable === true);
    const fresh = COURSES.filter((candidate) => candidate.repeatable === true || !lessonsDone.has(candidate.id));
    const course = behaviour === 'loyal' && random.chance(0.5) ? random.pick(packs) : random.pick(fresh);
    if (!lessonsDone.has(course.id)) lessonsDone.set(course.id, 0);
    const ms = clock.daysAgo(day);
    // Only the recent enrolments get lessons: older ones would add volume, not insight.
    if (index >= orderDays.length - 6) {
      let lessonMs = ms;
      for (let i = random.int(...LESSONS[behaviour]); i > 0; i--) {
        lessonMs += random.between(1, 6) * DAY;
        if (lessonMs > clock.nowMs) break;
        const lesson = (lessonsDone.get(course.id) ?? 0) + 1;
        lessonsDone.set(course.id, lesson);
        extra.push({ ms: lessonMs, type: 'lesson_completed', properties: { course: course.id, lesson, minutes: random.int(20, 60) } });
      }
    }
    return {
      ms,
      type: 'order_placed',
      properties: { amount: course.price[person.currency], currency: person.currency, course: course.id, course_title: course.title[person.locale] },
    };
  });
  const premium = random.chance({ loyal: 0.6, regular: 0.25, fading: 0.3, churned: 0.1, one_time: 0.05, new: 0.1 }[behaviour]);
  return finish(context, signupDays, orders, extra, premium ? 'Premium' : 'Standard');
}
