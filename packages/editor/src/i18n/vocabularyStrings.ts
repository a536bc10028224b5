import {
  ATTRIBUTE_WORDS,
  CHANNEL_WORDS,
  DURATION_UNIT_WORDS,
  EVENT_PROPERTY_WORDS,
  EVENT_WORDS,
  inSentence,
  METRIC_WORDS,
  SEGMENT_WORDS,
  VALUE_WORDS,
  wordsIn,
  type DurationUnitName,
  type VocabularyLocale,
} from '../vocabulary.ts';

const PICKER_UNITS = ['minutes', 'hours', 'days', 'weeks', 'months'] as const;

/**
 * The editor's translations that come from the one vocabulary (../vocabulary.ts):
 * `metric.*`, `attribute.*`, `property.*`, `value.<field>.*`, `segment.*`, `event.*`,
 * `channel.*`, `channelLower.*`, `duration.*` (i18next plurals) and `unit.*`.
 */
export function vocabularyStrings(locale: VocabularyLocale) {
  const duration: Record<string, string> = {};
  for (const [unit, forms] of Object.entries(DURATION_UNIT_WORDS)) {
    duration[`${unit}_one`] = `{{count}} ${forms[locale].one}`;
    duration[`${unit}_other`] = `{{count}} ${forms[locale].other}`;
  }
  const unit = Object.fromEntries(PICKER_UNITS.map((name: DurationUnitName) => [name, DURATION_UNIT_WORDS[name][locale].other])) as Record<(typeof PICKER_UNITS)[number], string>;
  const channel = wordsIn(CHANNEL_WORDS, locale);
  return {
    metric: wordsIn(METRIC_WORDS, locale),
    attribute: wordsIn(ATTRIBUTE_WORDS, locale),
    property: wordsIn(EVENT_PROPERTY_WORDS, locale),
    value: Object.fromEntries(Object.entries(VALUE_WORDS).map(([field, words]) => [field, wordsIn(words, locale)])),
    segment: wordsIn(SEGMENT_WORDS, locale),
    event: wordsIn(EVENT_WORDS, locale),
    channel,
    channelLower: Object.fromEntries(Object.entries(channel).map(([key, label]) => [key, inSentence(label, locale)])),
    duration,
    unit,
  };
}
