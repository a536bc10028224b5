import type { Translate } from '../i18n/translate.ts';
import { ATTRIBUTE_WORDS, EVENT_PROPERTY_WORDS, METRIC_WORDS } from '../vocabulary.ts';

/** Placeholders with their own words in the message picker (`message.placeholders.*`). */
const NAMED = new Set(['customer.name', 'customer.email', 'customer.phone', 'customer.city', 'event.type', 'event.at', 'playbook.name', 'now']);

/**
 * The label of a personal field in a message (`customer.name` → "Name" / "姓名"): what the
 * message editor's chips, the preview, the picker and the cards show instead of `{{…}}`.
 * Fields the vocabulary does not know are shown by their last name part.
 */
export function placeholderLabel(path: string, t: Translate): string {
  if (NAMED.has(path) || path.startsWith('coupon.')) return t(`message.placeholders.${path.replace('.', '_')}`);
  const last = path.split('.').pop() ?? path;
  if (path.startsWith('customer.metrics.') && Object.hasOwn(METRIC_WORDS, last)) return t(`metric.${last}`);
  if (path.startsWith('event.properties.') && Object.hasOwn(EVENT_PROPERTY_WORDS, last)) return t(`property.${last}`);
  if (path.startsWith('customer.') && path.split('.').length === 2 && Object.hasOwn(ATTRIBUTE_WORDS, last)) return t(`attribute.${last}`);
  return last;
}
