import { CANCEL_REASONS, SAAS_PLANS, SIGNUP_SOURCES } from './catalogue.ts';
import { rhythm, sessionsOn, USD_TO_CNY, type DraftEvent, type Story, type StoryContext } from './story.ts';
import { DAY, isoInstant } from './timeline.ts';
import type { SubscriptionStatus } from './types.ts';

/**
 * A subscription business: sign-up, first use, activation, then invoices as
 * `order_placed` (monthly, or yearly costing ten months). Logins are `session_started`.
 */

const TRIAL_DAYS = 14;
const MONTH_DAYS = 30.44;

interface Billing {
  billing: 'monthly' | 'annual';
  signupDays: number;
  /** No invoice after this many days before now. */
  invoicesUntilDays: number;
  status: SubscriptionStatus;
}

function billingFor(context: StoryContext): Billing {
  const { random, behaviour } = context;
  switch (behaviour) {
    case 'loyal':
      // Some loyal customers pay yearly: two invoices in two years look like a one-time buyer to order-based tiers.
      return random.chance(0.7)
        ? { billing: 'monthly', signupDays: random.between(180, 730), invoicesUntilDays: 0, status: 'active' }
        : { billing: 'annual', signupDays: random.between(380, 730), invoicesUntilDays: 0, status: 'active' };
    case 'regular':
      return { billing: 'monthly', signupDays: random.between(120, 730), invoicesUntilDays: 0, status: 'active' };
    case 'fading':
      return { billing: 'monthly', signupDays: random.between(260, 700), invoicesUntilDays: random.between(62, 118), status: 'paused' };
    case 'churned': {
      const invoicesUntilDays = random.between(185, 560);
      return { billing: random.chance(0.7) ? 'monthly' : 'annual', signupDays: Math.min(730, invoicesUntilDays + random.between(40, 320)), invoicesUntilDays, status: 'cancelled' };
    }
    case 'one_time':
      // One yearly invoice so far: their renewal dates spread over the next twelve months.
      return { billing: 'annual', signupDays: random.between(TRIAL_DAYS + 1, TRIAL_DAYS + 358), invoicesUntilDays: 0, status: 'active' };
    case 'new': {
      const signupDays = random.between(0, 30);
      const converted = signupDays > TRIAL_DAYS && random.chance(0.4);
      return { billing: 'monthly', signupDays, invoicesUntilDays: converted ? 0 : signupDays + 1, status: converted ? 'active' : 'trial' };
    }
  }
}

export function saasStory(context: StoryContext): Story {
  const { random, clock, person, behaviour } = context;
  const { billing, signupDays, invoicesUntilDays, status } = billingFor(context);
  // Starter, Pro, Business: loyal customers lean to the bigger plans.
  const planWeights = behaviour === 'loyal' ? [2, 5, 3] : [5, 4, 1];
  const plan = random.weighted(SAAS_PLANS.map((candidate, index) => [candidate, planWeights[index] ?? 0] as const));
  const signupMs = clock.daysAgo(signupDays);
  const events: DraftEvent[] = [{ ms: signupMs, type: 'signed_up', properties: { source: random.pick(SIGNUP_SOURCES), plan: plan.name } }];
  const happened = (ms: number): boolean => ms <= clock.nowMs;
  const attributes: Story['attributes'] = { billing, subscription_status: status };

  const firstUseMs = signupMs + random.between(0.02, 2) * DAY;
  if (random.chance(behaviour === 'new' ? 0.8 : 0.97) && happened(firstUseMs)) {
    events.push({ ms: firstUseMs, type: 'first_use', properties: { feature: random.pick(['dashboard', 'import', 'new_project', 'invite_team']) } });
    const activatedMs = firstUseMs + random.between(0.3, 10) * DAY;
    const activates = { loyal: 1, regular: 0.95, fading: 0.9, churned: 0.6, one_time: 0.95, new: 0.45 }[behaviour];
    if (random.chance(activates) && happened(activatedMs)) {
      events.push({ ms: activatedMs, type: 'activated', properties: { milestone: 'first_project_completed' } });
      attributes.activated_at = isoInstant(activatedMs);
    }
  }

  const price = plan.monthly[person.currency] * (billing === 'annual' ? 10 : 1);
  const invoices: number[] = [];
  const lastInvoiceMs = clock.nowMs - invoicesUntilDays * DAY;
  const period = (billing === 'annual' ? 365 : MONTH_DAYS) * DAY;
  for (let ms = signupMs + TRIAL_DAYS * DAY; ms <= lastInvoiceMs; ms += period) invoices.push(ms);
  invoices.forEach((ms, index) => {
    events.push({ ms, type: 'order_placed', properties: { amount: price, currency: person.currency, plan: plan.name, billing } });
    if (index === 0) return;
    events.push({ ms, type: 'subscription_renewed', properties: { plan: plan.name, billing, amount: price, currency: person.currency } });
    attributes.renewed_at = isoInstant(ms);
  });
  const lastInvoice = invoices[invoices.length - 1];
  if (status === 'active' && lastInvoice !== undefined) attributes.renewal_date = clock.localDate(lastInvoice + period);
  if (status === 'paused') attributes.renewal_date = clock.localDate(clock.nowMs + random.between(7, 30) * DAY);
  let cancelledMs: number | undefined;
  if (status === 'cancelled' && lastInvoice !== undefined) {
    // Monthly customers cancel before the next invoice; yearly ones switch off auto-renewal some time in the year.
    cancelledMs = lastInvoice + random.between(3, billing === 'annual' ? Math.min(330, invoicesUntilDays - 5) : 28) * DAY;
    events.push({ ms: cancelledMs, type: 'subscription_cancelled', properties: { plan: plan.name, reason: random.pick(CANCEL_REASONS) } });
  }

  const activeSessionGap = behaviour === 'loyal' ? () => random.between(2, 6) : () => random.between(4, 12);
  // Active customers log in now and then over their whole history, and often in the last two months.
  const active = (): number[] => [...rhythm(signupDays - 1, 61, () => random.between(10, 30)), ...rhythm(60, 0, activeSessionGap)];
  let fadingGap = random.between(2, 5);
  const sessionDays = {
    loyal: active,
    regular: active,
    one_time: active,
    // Logins thin out: each gap about a third longer than the last.
    fading: () => rhythm(signupDays - 2, random.between(30, 90), () => (fadingGap *= 1.3)),
    churned: () => Array.from({ length: random.int(2, 5) }, () => random.between((clock.nowMs - (cancelledMs ?? signupMs)) / DAY, signupDays)),
    new: () => Array.from({ length: random.int(1, 6) }, () => random.between(0, signupDays)),
  }[behaviour]();
  const sessions = sessionsOn(context, signupMs, sessionDays);
  events.push(...sessions);

  return {
    signupMs,
    plan: plan.name,
    events,
    touchpoints: [...invoices, ...sessions.map((session) => session.ms)],
    spentCny: invoices.length * price * (person.currency === 'USD' ? USD_TO_CNY : 1),
    attributes,
    tags: status === 'trial' ? ['trial'] : [],
  };
}
