import type { ExpectedValue } from './logicIssues';
import type { ArgType } from './OperatorInfo';
import { parseIsoDate } from './parseIsoDate';

function isNumeric(text: string): boolean {
  return text.trim() !== '' && Number.isFinite(Number(text));
}

/**
 * What a literal argument should have been, when it is obviously wrong for its
 * place; null when it fits, or when only evaluation can tell (the checker never
 * calls this for operations). Deliberately lenient where json-logic-js
 * converts: `"3"` is a fine number, anything is a fine `any`.
 */
export function literalMismatch(type: ArgType, value: unknown): ExpectedValue | null {
  switch (type) {
    case 'number':
      return typeof value === 'number' || (typeof value === 'string' && isNumeric(value)) ? null : 'number';
    case 'string':
      return typeof value === 'string' ? null : 'string';
    case 'date':
      return parseIsoDate(value) === null ? 'date' : null;
    case 'array':
      return Array.isArray(value) ? null : 'array';
    default:
      return null;
  }
}
