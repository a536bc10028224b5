import { quoteInput } from '../../plugins/quoteInput.ts';

/** A value a Segment message carried, as an error message shows it: strings quoted (and cut), numbers as written, anything else by its kind. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return quoteInput(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return Array.isArray(value) ? 'a list' : `an ${typeof value}`;
}
