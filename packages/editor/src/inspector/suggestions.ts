import { fieldValueType } from '../condition/conditionFields.ts';
import { STANDARD_EVENTS } from '../model/knownNames.ts';
import type { FieldCatalog } from '../model/types.ts';

/** Event names to offer: the workspace's, then the standard ones. */
export function eventSuggestions(fields: FieldCatalog): string[] {
  return [...new Set([...fields.eventTypes, ...STANDARD_EVENTS])];
}

/** Attributes that look like dates (birthday, renewal_date, …). */
export function dateAttributes(fields: FieldCatalog): string[] {
  const dated = fields.attributes.filter((name) => fieldValueType(`customer.${name}`) === 'date');
  return [...new Set([...dated, 'birthday'])];
}
