import type { Effect } from './Effect.ts';

/** The parts of a customer that runs' actions change. */
export interface CustomerFacts {
  attributes: Record<string, unknown>;
  tags: string[];
}

/**
 * What one effect does to a customer's attributes and tags, or null when it
 * changes nothing: `update_customer` merges its `set`, `add_tag` adds a tag the
 * customer lacks, `remove_tag` removes one they have. The one rule for both the
 * customer a step sees (so later nodes read the change) and the customer the
 * reactor keeps; the parts left alone are returned as they were.
 */
export function applyCustomerEffect(customer: Readonly<CustomerFacts>, effect: Effect): CustomerFacts | null {
  switch (effect.type) {
    case 'update_customer':
      return { attributes: { ...customer.attributes, ...effect.set }, tags: customer.tags };
    case 'add_tag':
      return customer.tags.includes(effect.tag) ? null : { attributes: customer.attributes, tags: [...customer.tags, effect.tag] };
    case 'remove_tag':
      return customer.tags.includes(effect.tag) ? { attributes: customer.attributes, tags: customer.tags.filter((tag) => tag !== effect.tag) } : null;
    default:
      return null;
  }
}
