const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

/**
 * Reads "now" for the demo data: `YYYY-MM-DD` (UTC midnight) or a date-time with `Z`
 * or an offset. A date-time without a zone is refused: it would mean a different
 * instant on every machine, and the data would no longer be reproducible.
 */
export function parseDemoNow(text: string): number | undefined {
  const match = ISO_INSTANT.exec(text);
  if (match === null) return undefined;
  const [, year, month, day] = match;
  // Date.parse rolls 2025-02-30 over to March; the calendar date must exist as written.
  if (new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))).toISOString().slice(0, 10) !== `${year}-${month}-${day}`) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
}
