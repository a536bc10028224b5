import { parseZonedInstant } from '@stayflow/logic';

/**
 * Reads "now" for the demo data: `YYYY-MM-DD` (UTC midnight) or a date-time with `Z`
 * or an offset. A date-time without a zone is refused: it would mean a different
 * instant on every machine, and the data would no longer be reproducible.
 */
export function parseDemoNow(text: string): number | undefined {
  return parseZonedInstant(text) ?? undefined;
}
