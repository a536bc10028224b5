import type { LogicData } from '@stayflow/logic';
import { type ParsedTemplate, parseTemplate } from '@stayflow/playbook';
import { escapeHtml } from './escapeHtml.ts';

/** What `{{…}}` placeholders read: the Logic context plus the run's last coupon and the playbook. */
export type TemplateContext = LogicData & {
  coupon?: Record<string, unknown> | null;
  playbook?: { name: string };
};

export interface RenderOptions {
  /** Escape values for HTML (email bodies). */
  html?: boolean;
  /** Escape values for the inside of a JSON string (webhook bodies sent as JSON). */
  json?: boolean;
}

/**
 * Fills `{{path}}` and `{{path | default: "x"}}` placeholders. A missing, null
 * or empty value gives the default, else nothing; paths only ever read own
 * properties. Only the values are escaped, never the author's own text.
 * Numbers with a fraction are shown with at most two decimals
 * (`days_since_last_order` 93.24, not 93.2361111).
 */
export function renderTemplate(template: string | ParsedTemplate, context: TemplateContext, options: RenderOptions = {}): string {
  const parsed = typeof template === 'string' ? parseTemplate(template) : template;
  let out = '';
  for (const part of parsed.parts) {
    if (part.kind === 'text') {
      out += part.text;
      continue;
    }
    let value = display(readPath(context, part.path));
    if (value === '') value = part.fallback ?? '';
    else if (options.html) value = escapeHtml(value);
    else if (options.json) value = JSON.stringify(value).slice(1, -1);
    out += value;
  }
  return out;
}

function readPath(context: unknown, path: string): unknown {
  let current = context;
  for (const segment of path.split('.')) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

function display(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
      return Number.isFinite(value) ? String(Number.isInteger(value) ? value : Math.round(value * 100) / 100) : '';
    case 'boolean':
      return String(value);
    case 'object':
      if (value === null) return '';
      if (Array.isArray(value)) return value.map(display).filter((item) => item !== '').join(', ');
      return JSON.stringify(value);
    default:
      return '';
  }
}
