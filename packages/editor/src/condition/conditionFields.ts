import { CUSTOMER_METRICS, type CustomerMetric } from '@stayflow/playbook';
import type { Translate } from '../i18n/translate.ts';
import type { FieldCatalog } from '../model/types.ts';
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

/** "Days since last order", "city", "score" — the name an operator reads. */
export function fieldLabel(field: string, t: Translate): string {
  if (field === TAG_FIELD) return t('builder.tag');
  if (field === SEGMENT_FIELD) return t('builder.segment');
  if (field.startsWith(METRIC_PREFIX)) {
    const metric = field.slice(METRIC_PREFIX.length);
    return (CUSTOMER_METRICS as readonly string[]).includes(metric) ? t(`metric.${metric}`) : metric;
  }
  if (field.startsWith(EVENT_PREFIX)) return field.slice(EVENT_PREFIX.length);
  if (field.startsWith(ATTRIBUTE_PREFIX)) return field.slice(ATTRIBUTE_PREFIX.length);
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
