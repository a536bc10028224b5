/**
 * Reading the cells a spreadsheet writes: dates, amounts, email addresses. Each answers the
 * value or null when the text is not one.
 */

const DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?$/;

function validDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day && year >= 1900 && year <= 2200;
}

/** `2025-03-01`, `2025/3/1` → `2025-03-01`. */
export function parseDay(text: string): string | null {
  const match = DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!validDay(year, month, day)) return null;
  return `${match[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A moment as an ISO string in UTC: a day (`2025-03-01`, midnight UTC) or a date and time
 * with or without seconds and zone (`2025-03-01 09:30`, `2025-03-01T09:30:00+08:00`); a time
 * without a zone is read as UTC.
 */
export function parseInstant(text: string): string | null {
  const day = parseDay(text);
  if (day) return `${day}T00:00:00.000Z`;
  const match = DATE_TIME.exec(text);
  if (!match) return null;
  const [year, month, date, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(match[i] ?? 0)) as [number, number, number, number, number, number];
  if (!validDay(year, month, date) || hour > 23 || minute > 59 || second > 59) return null;
  const zone = match[8] ?? 'Z';
  const normalisedZone = zone === 'Z' ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  const iso = `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6] ?? '00'}${match[7] ?? ''}${normalisedZone}`;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** `129.90`, `1,299.00` (thousands separators) → 129.9, 1299; negative numbers, signs and symbols are refused. */
export function parseAmount(text: string): number | null {
  const plain = /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text) ? text.replace(/,/g, '') : text;
  if (!/^\d+(\.\d+)?$/.test(plain)) return null;
  const value = Number(plain);
  return Number.isFinite(value) ? value : null;
}

/** A deliberately loose check (one @, a dot in the domain, no spaces): the mail provider is the real judge. */
export function isEmail(text: string): boolean {
  return text.length <= 254 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text);
}

/**
 * A free attribute's value: whole and decimal numbers become numbers (so segment conditions
 * can compare them) unless they start with 0 (postcodes, account numbers), true/false become
 * booleans, everything else stays text.
 */
export function attributeValue(text: string): string | number | boolean {
  if (/^-?(0|[1-9]\d{0,14})(\.\d+)?$/.test(text)) return Number(text);
  if (text === 'true' || text === 'false') return text === 'true';
  return text;
}
