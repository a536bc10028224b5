/**
 * Message templates: text with `{{path}}` placeholders and an optional default,
 * `{{customer.name | default: "friend"}}`. Parsing lives with the format so the
 * validator, the engine's renderer and the editor's preview read templates alike.
 */
export type TemplatePart =
  | { kind: 'text'; text: string }
  | { kind: 'placeholder'; path: string; fallback?: string; raw: string };

export interface ParsedTemplate {
  parts: TemplatePart[];
  /** Placeholders opened with `{{` and never closed. */
  unclosed: boolean;
}

const PLACEHOLDER = /^\s*([A-Za-z0-9_.]+)\s*(?:\|\s*default\s*:\s*(?:"([^"]*)"|'([^']*)'))?\s*$/;

export function parseTemplate(text: string): ParsedTemplate {
  const parts: TemplatePart[] = [];
  let unclosed = false;
  let cursor = 0;
  while (cursor < text.length) {
    const open = text.indexOf('{{', cursor);
    if (open === -1) break;
    const close = text.indexOf('}}', open + 2);
    if (close === -1) {
      unclosed = true;
      break;
    }
    if (open > cursor) parts.push({ kind: 'text', text: text.slice(cursor, open) });
    const raw = text.slice(open + 2, close);
    const match = PLACEHOLDER.exec(raw);
    if (match) {
      const fallback = match[2] ?? match[3];
      parts.push({ kind: 'placeholder', path: match[1]!, raw, ...(fallback !== undefined ? { fallback } : {}) });
    } else {
      parts.push({ kind: 'placeholder', path: raw.trim(), raw });
    }
    cursor = close + 2;
  }
  if (cursor < text.length) parts.push({ kind: 'text', text: text.slice(cursor) });
  return { parts, unclosed };
}
