import { shopStory, schoolStory } from './orderStory.ts';
import { createPerson, UTC_OFFSET_HOURS } from './people.ts';
import { createRandom, deriveSeed } from './random.ts';
import { spendLevel, SPEND_STREAM } from './spendLevel.ts';
import { saasStory } from './saasStory.ts';
import type { Story, StoryContext } from './story.ts';
import { createClock, isoInstant } from './timeline.ts';
import type { Behaviour, DemoAttributes, DemoCustomer, DemoEvent, Industry } from './types.ts';
import { voiceOfCustomer } from './voice.ts';

const INDUSTRY_WEIGHTS: readonly (readonly [Industry, number])[] = [['ecommerce', 45], ['saas', 25], ['education', 30]];
const BEHAVIOUR_WEIGHTS: readonly (readonly [Behaviour, number])[] = [
  ['loyal', 13], ['regular', 15], ['fading', 15], ['churned', 18], ['one_time', 22], ['new', 17],
];
const STORIES: Record<Industry, (context: StoryContext) => Story> = { ecommerce: shopStory, saas: saasStory, education: schoolStory };

export const customerId = (number: number): string => `cus-${String(number).padStart(5, '0')}`;

function tagsFor(context: StoryContext, story: Story): string[] {
  const { random, behaviour, person } = context;
  const tags = [...story.tags];
  if ((behaviour === 'loyal' && story.spentCny >= 5000) || (behaviour === 'fading' && story.spentCny >= 8000)) tags.push('vip');
  if (person.usesWechat) tags.push('wechat');
  if (random.chance(0.03)) tags.push('unsubscribed');
  else if (random.chance(0.45)) tags.push('newsletter');
  return tags;
}

/** One customer and their history: depends only on (seed, number, now). */
export function generateCustomer(seed: number, number: number, nowMs: number): { customer: DemoCustomer; events: DemoEvent[] } {
  const random = createRandom(deriveSeed(seed, number));
  const person = createPerson(random, number);
  const industry = random.weighted(INDUSTRY_WEIGHTS);
  const behaviour = random.weighted(BEHAVIOUR_WEIGHTS);
  // The spend level comes from a stream of its own, so adding it left every other draw of the story as it was.
  const spend = spendLevel(createRandom(deriveSeed(deriveSeed(seed, number), SPEND_STREAM)));
  const context: StoryContext = { random, clock: createClock(nowMs, UTC_OFFSET_HOURS[person.timezone], random), person, behaviour, spendLevel: spend };
  const story = STORIES[industry](context);
  const drafts = [...story.events, ...voiceOfCustomer(context, industry, story)].sort((a, b) => a.ms - b.ms);

  const id = customerId(number);
  const eventPrefix = `evt-${String(number).padStart(5, '0')}-`;
  const attributes: DemoAttributes = {
    name: person.name,
    email: person.email,
    ...(person.phone !== undefined ? { phone: person.phone } : {}),
    city: person.city,
    timezone: person.timezone,
    locale: person.locale,
    currency: person.currency,
    industry,
    plan: story.plan,
    ...(person.birthday !== undefined ? { birthday: person.birthday } : {}),
    signup_date: context.clock.localDate(story.signupMs),
    ...story.attributes,
    demo_behaviour: behaviour,
  };
  return {
    customer: { kind: 'customer', id, attributes, tags: tagsFor(context, story) },
    events: drafts.map((draft, index) => ({
      kind: 'event',
      id: `${eventPrefix}${index + 1}`,
      customer_id: id,
      type: draft.type,
      at: isoInstant(draft.ms),
      properties: draft.properties,
    })),
  };
}
