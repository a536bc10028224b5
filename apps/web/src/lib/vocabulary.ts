/**
 * The app reads the one bilingual vocabulary kept beside the editor (metrics, attributes,
 * segments, events, channels, units of time): add words there, in
 * packages/editor/src/vocabulary.ts, never here. This entry point loads no editor code.
 */
export {
  ATTRIBUTE_WORDS,
  attributeName,
  CHANNEL_WORDS,
  channelName,
  DURATION_UNIT_WORDS,
  EVENT_ACTION_WORDS,
  EVENT_PROPERTY_WORDS,
  EVENT_WORDS,
  eventName,
  eventPropertyName,
  inSentence,
  METRIC_HINTS,
  METRIC_WORDS,
  metricHint,
  metricName,
  SEGMENT_DESCRIPTION_WORDS,
  SEGMENT_WORDS,
  segmentDescription,
  segmentName,
  STANDARD_EVENT_PROPERTIES,
  STANDARD_EVENT_TYPES,
  VALUE_WORDS,
  valueName,
  word,
  type DurationUnitName,
  type Words,
} from '@stayflow/editor/vocabulary';
