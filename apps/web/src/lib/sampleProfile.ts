/** Sample profile values as typed: numbers and true/false become such, the rest stays text. */
export function parseAttributeValue(text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === 'true') return true;
  if (trimmed === 'false') return false;
  if (trimmed !== '' && /^-?\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  return text;
}

/** Tags typed as one line, separated by commas (either width) or spaces. */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(/[,，\s]+/).map((tag) => tag.trim()).filter(Boolean))];
}

/** A sample profile's "probability still active" typed in percent ("25" or "25%" → 0.25); null when left empty, undefined when it is not a percentage from 0 to 100. */
export function parsePercent(text: string): number | null | undefined {
  const trimmed = text.trim().replace(/[%％]$/, '').trim();
  if (trimmed === '') return null;
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return value <= 100 ? value / 100 : undefined;
}
