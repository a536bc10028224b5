import { CUSTOMER_METRICS, type CustomerMetric } from '@stayflow/playbook';
import type { Translate } from '../i18n/translate.ts';
import type { FieldCatalog } from '../model/types.ts';
import { ATTRIBUTE_WORDS, EVENT_PROPERTY_WORDS, METRIC_WORDS, type Words } from '../vocabulary.ts';
import { SEGMENT_FIELD, TAG_FIELD, type FieldValueType } from './conditionOperators.ts';

/** A field the builder can pick, with its group and kind of value. */
export interface ConditionField {
  name: string;
  label: string;
  group: 'customer' | 'metrics' | 'event' | 'membership';
  type: FieldValueType;
  /** Suggested values (tags, segments). */
  values?: string[];
}

const METRIC_TYPES: Record<CustomerMetric, FieldValueType> = {
  orders: 'number',
  total_spent: 'number',
  avg_order_value: 'number',
  first_order_at: 'date',
  last_order_at: 'date',
  days_since_last_order: 'number',
  last_nps: 'number',
  negative_feedback_90d: 'number',
  days_since_last_seen: 'number',
  p_alive: 'number',
  expected_orders_30d: 'number',
  expected_orders_90d: 'number',
  expected_orders_365d: 'number',
  expected_order_value: 'number',
  predicted_clv: 'number',
};

const NUMERIC_NAMES = /^(amount|score|quantity|count|total|price|value|age|points|rating)$|_(count|amount|total|score|points)$/;
const DATE_NAMES = /(_at|_date|_on)$|^(birthday|birthdate|date_of_birth|anniversary)$/;

const METRIC_PREFIX = 'customer.metrics.';
const ATTRIBUTE_PREFIX = 'customer.';
const EVENT_PREFIX = 'event.properties.';

/** What kind of value a condition field holds, from its name. */
export function fieldValueType(field: string): FieldValueType {
  if (field === TAG_FIELD) return 'tag';
  if (field === SEGMENT_FIELD) return 'segment';
  if (field.startsWith(METRIC_PREFIX)) {
    const metric = field.slice(METRIC_PREFIX.length);
    return (METRIC_TYPES as Record<string, FieldValueType>)[metric] ?? 'number';
  }
  const name = field.split('.').pop() ?? field;
  if (DATE_NAMES.test(name)) return 'date';
  if (NUMERIC_NAMES.test(name)) return 'number';
  return 'text';
}

/** A name the vocabulary knows, in the UI's language; any other name is data, shown as spelled. */
const known = (words: Words, group: string, name: string, t: Translate) => (Object.hasOwn(words, name) ? t(`${group}.${name}`) : name);

/** "Days since last order", "City", "Score" — the name an operator reads. */
export function fieldLabel(field: string, t: Translate): string {
  if (field === TAG_FIELD) return t('builder.tag');
  if (field === SEGMENT_FIELD) return t('builder.segment');
  if (field.startsWith(METRIC_PREFIX)) return known(METRIC_WORDS, 'metric', field.slice(METRIC_PREFIX.length), t);
  if (field.startsWith(EVENT_PREFIX)) return known(EVENT_PROPERTY_WORDS, 'property', field.slice(EVENT_PREFIX.length), t);
  if (field.startsWith(ATTRIBUTE_PREFIX)) return known(ATTRIBUTE_WORDS, 'attribute', field.slice(ATTRIBUTE_PREFIX.length), t);
  return field;
}

function groupOf(field: string): ConditionField['group'] {
  if (field === TAG_FIELD || field === SEGMENT_FIELD) return 'membership';
  if (field.startsWith(METRIC_PREFIX)) return 'metrics';
  if (field.startsWith('event.')) return 'event';
  return 'customer';
}

export interface ConditionFieldOptions {
  /** Offer the event's properties (conditions on an event: trigger `where`, goal `where`, wait for event). */
  event?: boolean;
  /** Fields a rule already reads, kept pickable even when the catalogue does not list them. */
  extra?: readonly string[];
}

/** Every field the builder offers, grouped: membership, metrics, customer attributes, event properties. */
export function conditionFields(catalog: FieldCatalog, t: Translate, options: ConditionFieldOptions = {}): ConditionField[] {
  const names: string[] = [TAG_FIELD, SEGMENT_FIELD, ...CUSTOMER_METRICS.map((m) => METRIC_PREFIX + m)];
  for (const attribute of catalog.attributes) names.push(ATTRIBUTE_PREFIX + attribute);
  if (options.event) for (const property of catalog.eventProperties ?? []) names.push(EVENT_PREFIX + property);
  for (const extra of options.extra ?? []) names.push(extra);
  const seen = new Set<string>();
  const fields: ConditionField[] = [];
  for (const name of names) {
    if (seen.has(name) || name === '' || name === 'now') continue;
    seen.add(name);
    const field: ConditionField = { name, label: fieldLabel(name, t), group: groupOf(name), type: fieldValueType(name) };
    if (name === TAG_FIELD) field.values = catalog.tags;
    if (name === SEGMENT_FIELD) field.values = catalog.segments;
    fields.push(field);
  }
  return fields;
}
