import { COUPON_FIELDS, CUSTOMER_METRICS } from '@stayflow/playbook';
import type { Translate } from '../i18n/translate.ts';
import type { FieldCatalog } from '../model/types.ts';

export interface PlaceholderGroup {
  group: 'customer' | 'metrics' | 'event' | 'coupon' | 'playbook';
  items: { path: string; label: string }[];
}

const NAMED = new Set(['customer.name', 'customer.email', 'customer.phone', 'customer.city', 'event.type', 'event.at', 'playbook.name', 'now']);

function labelOf(path: string, t: Translate): string {
  if (NAMED.has(path) || path.startsWith('coupon.')) return t(`message.placeholders.${path.replace('.', '_')}`);
  return path.split('.').pop() ?? path;
}

/** Everything a message can be personalised with, grouped as the picker shows it. */
export function placeholderOptions(fields: FieldCatalog, t: Translate): PlaceholderGroup[] {
  const attributes = [...new Set(['name', 'email', 'phone', 'city', ...fields.attributes])];
  const build = (paths: string[]) => paths.map((path) => ({ path, label: labelOf(path, t) }));
  return [
    { group: 'customer', items: build(attributes.map((a) => `customer.${a}`)) },
    { group: 'metrics', items: CUSTOMER_METRICS.map((m) => ({ path: `customer.metrics.${m}`, label: t(`metric.${m}`) })) },
    { group: 'event', items: build(['event.type', 'event.at', ...(fields.eventProperties ?? []).map((p) => `event.properties.${p}`)]) },
    { group: 'coupon', items: build(COUPON_FIELDS.map((f) => `coupon.${f}`)) },
    { group: 'playbook', items: build(['playbook.name', 'now']) },
  ];
}
