import { COUPON_FIELDS, CUSTOMER_METRICS } from '@stayflow/playbook';
import type { Translate } from '../i18n/translate.ts';
import { placeholderLabel } from '../model/placeholderLabel.ts';
import type { FieldCatalog } from '../model/types.ts';

export interface PlaceholderGroup {
  group: 'customer' | 'metrics' | 'event' | 'coupon' | 'playbook';
  items: { path: string; label: string }[];
}

/** Everything a message can be personalised with, grouped as the picker shows it. */
export function placeholderOptions(fields: FieldCatalog, t: Translate): PlaceholderGroup[] {
  const attributes = [...new Set(['name', 'email', 'phone', 'city', ...fields.attributes])];
  const build = (paths: string[]) => paths.map((path) => ({ path, label: placeholderLabel(path, t) }));
  return [
    { group: 'customer', items: build(attributes.map((a) => `customer.${a}`)) },
    { group: 'metrics', items: build(CUSTOMER_METRICS.map((m) => `customer.metrics.${m}`)) },
    { group: 'event', items: build(['event.type', 'event.at', ...(fields.eventProperties ?? []).map((p) => `event.properties.${p}`)]) },
    { group: 'coupon', items: build(COUPON_FIELDS.map((f) => `coupon.${f}`)) },
    { group: 'playbook', items: build(['playbook.name', 'now']) },
  ];
}
