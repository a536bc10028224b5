/**
 * How a builder rule's value is read, the same in the value editors and when the rule is
 * written back as Logic, so what the user sees is what gets saved.
 */

/** A number, or numeric text ("12"); otherwise nothing. */
export function numberOf(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return undefined;
}

/** A list value: an array as is, comma-separated text split (blanks dropped), one value as a list of one. */
export function listOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (typeof value === 'string') return value.split(',').map((s) => s.trim()).filter((s) => s !== '');
  return value === undefined || value === null || value === '' ? [] : [value];
}
