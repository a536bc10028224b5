import { createHash } from 'node:crypto';

/** JSON with every object's keys in code-unit order, so equal documents give equal text whichever store (PostgreSQL's jsonb reorders keys) gave them back. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** SHA-256 (hex) of a document's canonical JSON: whether a draft is still the one asked for. */
export const documentHash = (document: unknown): string => createHash('sha256').update(canonicalJson(document)).digest('hex');
