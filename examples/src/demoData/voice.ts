import { FEEDBACK, type Sentiment } from './catalogue.ts';
import type { DraftEvent, Story, StoryContext } from './story.ts';
import { DAY } from './timeline.ts';
import type { Behaviour, Industry } from './types.ts';

/** What customers tell us: NPS answers and written feedback, a few days after they were in touch. */

/** Weights of the scores 0–10: loyal customers promote, fading ones waver, churned ones detract. */
const NPS_WEIGHTS: Record<Behaviour, readonly number[]> = {
  loyal: [0, 0, 0, 1, 1, 2, 4, 10, 18, 30, 35],
  regular: [0, 0, 1, 1, 2, 4, 8, 16, 25, 24, 19],
  fading: [1, 1, 2, 8, 10, 15, 20, 20, 15, 6, 2],
  churned: [6, 6, 10, 12, 14, 16, 14, 10, 7, 3, 2],
  one_time: [1, 1, 2, 3, 5, 8, 12, 18, 22, 16, 12],
  new: [0, 0, 1, 1, 2, 3, 6, 15, 25, 27, 20],
};
/** [chance of answering at all, most answers]. */
const NPS_ANSWERS: Record<Behaviour, readonly [number, number]> = { loyal: [0.55, 3], regular: [0.4, 2], fading: [0.5, 2], churned: [0.45, 2], one_time: [0.25, 1], new: [0.2, 1] };
const FEEDBACK_CHANCE: Record<Behaviour, number> = { loyal: 0.3, regular: 0.2, fading: 0.35, churned: 0.45, one_time: 0.15, new: 0.2 };
const SENTIMENT_WEIGHTS: Record<Behaviour, readonly (readonly [Sentiment, number])[]> = {
  loyal: [['positive', 70], ['neutral', 20], ['negative', 10]],
  regular: [['positive', 45], ['neutral', 40], ['negative', 15]],
  fading: [['positive', 20], ['neutral', 40], ['negative', 40]],
  churned: [['positive', 10], ['neutral', 25], ['negative', 65]],
  one_time: [['positive', 35], ['neutral', 40], ['negative', 25]],
  new: [['positive', 50], ['neutral', 35], ['negative', 15]],
};

/** Fading and churned customers speak up near the end of their story, where their mood is. `touchpoints` is never empty. */
function anchor(context: StoryContext, touchpoints: readonly number[]): number {
  const recentOnly = context.behaviour === 'fading' || context.behaviour === 'churned';
  const from = recentOnly ? Math.max(0, touchpoints.length - 3) : 0;
  return touchpoints[context.random.int(from, touchpoints.length - 1)]!;
}

export function voiceOfCustomer(context: StoryContext, industry: Industry, story: Story): DraftEvent[] {
  const { random, behaviour, clock, person } = context;
  const touchpoints = story.touchpoints.length > 0 ? [...story.touchpoints].sort((x, y) => x - y) : [story.signupMs];
  const events: DraftEvent[] = [];
  const after = (ms: number): number | undefined => {
    const at = ms + random.between(1, 10) * DAY;
    return at <= clock.nowMs ? at : undefined;
  };
  const [answerChance, maxAnswers] = NPS_ANSWERS[behaviour];
  if (random.chance(answerChance)) {
    for (let i = random.int(1, maxAnswers); i > 0; i--) {
      const ms = after(anchor(context, touchpoints));
      const score = random.weighted(NPS_WEIGHTS[behaviour].map((weight, value) => [value, weight] as const));
      if (ms !== undefined) events.push({ ms, type: 'nps_submitted', properties: { score } });
    }
  }
  if (random.chance(FEEDBACK_CHANCE[behaviour])) {
    const ms = after(anchor(context, touchpoints));
    const sentiment = random.weighted(SENTIMENT_WEIGHTS[behaviour]);
    const text = random.pick(FEEDBACK[industry][sentiment][person.locale]);
    if (ms !== undefined) events.push({ ms, type: 'feedback_submitted', properties: { sentiment, text } });
  }
  return events;
}
