import type { Translate } from '../i18n/translate.ts';

/** Names the product defines (standard events, the server's default segments), said in the user's language. */
const KNOWN_EVENTS = new Set(['order_placed', 'nps_submitted', 'feedback_submitted', 'signed_up', 'activated', 'subscription_renewed']);

/** "Order placed" for standard events, the name itself for others. */
export function eventLabel(event: string, t: Translate): string {
  return KNOWN_EVENTS.has(event) ? t(`event.${event}`) : event;
}

const KNOWN_SEGMENTS = new Set(['loyal', 'potential', 'at_risk', 'churned']);

/** A segment's name for people: the server's default segments in the user's language, others as named. */
export function segmentLabel(name: string, t: Translate): string {
  return KNOWN_SEGMENTS.has(name) ? t(`segment.${name}`) : name;
}
