import { enSteps } from '../i18n/enSteps.ts';
import type { Translate } from '../i18n/translate.ts';
import { VALUE_WORDS } from '../vocabulary.ts';

/**
 * The events the product names (the spec's standard events and those the templates use):
 * the ones with strings under `event` in the editor's translations. Labelled in the user's
 * language and offered by every event picker.
 */
export const STANDARD_EVENTS: readonly string[] = Object.keys(enSteps.event);

const KNOWN_EVENTS = new Set(STANDARD_EVENTS);

/** "Order placed" for standard events, the name itself for others. */
export function eventLabel(event: string, t: Translate): string {
  return KNOWN_EVENTS.has(event) ? t(`event.${event}`) : event;
}

const KNOWN_ATTRIBUTES = new Set(Object.keys(enSteps.attribute));

/** "Birthday" / "生日" for attributes the vocabulary names (`birthday`, `renewal_date`), the key itself for others. */
export function attributeLabel(attribute: string, t: Translate): string {
  return KNOWN_ATTRIBUTES.has(attribute) ? t(`attribute.${attribute}`) : attribute;
}

/** The segments the server creates on first start: the ones with strings under `segment`. */
const KNOWN_SEGMENTS = new Set(Object.keys(enSteps.segment));

/** A segment's name for people: the server's default segments in the user's language, others as named. */
export function segmentLabel(name: string, t: Translate): string {
  return KNOWN_SEGMENTS.has(name) ? t(`segment.${name}`) : name;
}

/** A field's value in words when the vocabulary knows the field's values (`…sentiment`, "negative" → “Negative”/“负面”), else as written. */
export function valueLabel(field: string, value: string, t: Translate): string {
  const name = field.split('.').at(-1) ?? field;
  const values = Object.hasOwn(VALUE_WORDS, name) ? VALUE_WORDS[name]! : undefined;
  return values && Object.hasOwn(values, value) ? t(`value.${name}.${value}`) : value;
}
