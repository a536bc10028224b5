import type { CohortAnswer } from '../api/types.ts';

const field = (value: string | number) => {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * The cohort table as CSV: UTF-8 with a byte-order mark (so Excel reads Chinese headers right),
 * CRLF line ends (RFC 4180), one row per cohort, shares as fractions with 4 decimals, and an
 * empty cell for a month not yet lived.
 */
export function cohortCsv(answer: CohortAnswer, headers: { cohort: string; customers: string; month: (n: number) => string }): string {
  const width = Math.max(0, ...answer.cohorts.map((c) => c.retention.length));
  const lines = [[headers.cohort, headers.customers, ...Array.from({ length: width }, (_, n) => headers.month(n))].map(field).join(',')];
  for (const cohort of answer.cohorts) {
    const cells = Array.from({ length: width }, (_, n) => (n < cohort.retention.length ? cohort.retention[n]!.toFixed(4) : ''));
    lines.push([cohort.month, cohort.customers, ...cells].map(field).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
