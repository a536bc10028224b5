import type { TSchema } from 'typebox';
import { Compile, type Validator } from 'typebox/compile';
import Value from 'typebox/value';
import { pointerSegments, type IssueList, type PathSegment } from '../issue.ts';
import type { Locale, MessageCode } from '../messages.ts';

const KIND_CODES: Record<string, MessageCode> = {
  'playbook-id': 'id.playbook',
  'node-id': 'id.node',
  'port-name': 'id.port',
  duration: 'duration.invalid',
  offset: 'offset.invalid',
  time: 'time.invalid',
  currency: 'currency.invalid',
};

/** A duration with a minus sign ("-P5D"): a wait or a limit cannot count backwards. */
const NEGATIVE_DURATION = /^-P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;

const TYPE_NAMES: Record<string, Record<Locale, string>> = {
  string: { en: 'text', 'zh-CN': '文本' },
  number: { en: 'a number', 'zh-CN': '数字' },
  integer: { en: 'a whole number', 'zh-CN': '整数' },
  boolean: { en: 'true or false', 'zh-CN': 'true 或 false' },
  object: { en: 'an object', 'zh-CN': '对象' },
  array: { en: 'a list', 'zh-CN': '列表' },
  null: { en: 'null', 'zh-CN': 'null' },
};

const COMPARISONS: Record<string, Record<Locale, string>> = {
  minimum: { en: 'at least', 'zh-CN': '至少为' },
  maximum: { en: 'at most', 'zh-CN': '至多为' },
  exclusiveMinimum: { en: 'more than', 'zh-CN': '大于' },
  exclusiveMaximum: { en: 'less than', 'zh-CN': '小于' },
  minLength: { en: 'too short: it needs at least', 'zh-CN': '太短，至少需要' },
  maxLength: { en: 'too long: it may have at most', 'zh-CN': '太长，最多只能有' },
  minItems: { en: 'too short: it needs at least', 'zh-CN': '条目太少，至少需要' },
  maxItems: { en: 'too long: it may have at most', 'zh-CN': '条目太多，最多只能有' },
  minProperties: { en: 'incomplete: it needs at least', 'zh-CN': '不完整，至少需要' },
};

const UNITS: Record<string, Record<Locale, string>> = {
  minLength: { en: 'characters', 'zh-CN': '个字符' },
  maxLength: { en: 'characters', 'zh-CN': '个字符' },
  minItems: { en: 'entries', 'zh-CN': '项' },
  maxItems: { en: 'entries', 'zh-CN': '项' },
  minProperties: { en: 'fields', 'zh-CN': '个字段' },
};

const validators = new WeakMap<TSchema, Validator>();

/** The schema's compiled checker (TypeBox falls back to its interpreter where code generation is not allowed). */
export function compiled(schema: TSchema): Validator {
  let validator = validators.get(schema);
  if (!validator) validators.set(schema, (validator = Compile(schema)));
  return validator;
}

/** Reports a value that should have been an object (a node or an edge that is not one). */
export function reportNotObject(path: readonly PathSegment[], issues: IssueList, locale: Locale): void {
  issues.error('field.type', path, { expected: TYPE_NAMES.object![locale] });
}

function schemaAt(root: TSchema, schemaPath: string): Record<string, unknown> | undefined {
  let current: unknown = root;
  for (const segment of pointerSegments(schemaPath.replace(/^#/, ''))) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current !== null && typeof current === 'object' ? (current as Record<string, unknown>) : undefined;
}

function valueAt(root: unknown, segments: readonly PathSegment[]): unknown {
  let current = root;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

/**
 * Checks `value` against one schema and records each failure as an operator-readable issue.
 * `base` is where `value` sits in the document; `node` names the step it belongs to.
 */
export function checkStructure(
  schema: TSchema,
  value: unknown,
  base: readonly PathSegment[],
  issues: IssueList,
  locale: Locale,
  node?: string,
  step?: string,
): boolean {
  // Most documents are valid: a compiled check is far faster than collecting errors.
  if (compiled(schema).Check(value)) return true;
  const errors = Value.Errors(schema, value);
  const where = node === undefined ? {} : { node };
  for (const error of errors) {
    const at = pointerSegments(error.instancePath);
    const path = [...base, ...at];
    const params = error.params as Record<string, unknown>;
    switch (error.keyword) {
      case 'boolean':
        // The companion of an additionalProperties error, already reported by it.
        break;
      case 'additionalProperties':
        for (const field of params.additionalProperties as string[]) {
          issues.error('field.unknown', [...path, field], { field }, where);
        }
        break;
      case 'required':
        for (const field of params.requiredProperties as string[]) {
          issues.error('field.required', [...path, field], { field }, where);
        }
        break;
      case 'type': {
        const expected = String(params.type);
        issues.error('field.type', path, { expected: TYPE_NAMES[expected]?.[locale] ?? expected }, where);
        break;
      }
      case 'pattern': {
        const kind = schemaAt(schema, error.schemaPath)?.['x-kind'];
        const code = typeof kind === 'string' ? KIND_CODES[kind] : undefined;
        const text = String(valueAt(value, at));
        if (kind === 'duration' && NEGATIVE_DURATION.test(text)) {
          issues.error('duration.negative', path, step === undefined ? { value: text, reason: 'no_step' } : { value: text, step }, where);
        } else {
          issues.error(code ?? 'field.invalid', path, { value: text }, where);
        }
        break;
      }
      case 'const':
        // A branch of a union of literals: the union's own anyOf error lists every choice.
        if (/\/anyOf\/\d+$/.test(error.schemaPath)) break;
        issues.error('field.choice', path, { allowed: JSON.stringify(params.allowedValue) }, where);
        break;
      case 'enum':
        issues.error('field.choice', path, { allowed: (params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ') }, where);
        break;
      case 'anyOf': {
        const options = schemaAt(schema, error.schemaPath)?.anyOf;
        const literals = Array.isArray(options) ? options.map((o: Record<string, unknown>) => o.const).filter((c) => c !== undefined) : [];
        if (literals.length > 0) issues.error('field.choice', path, { allowed: literals.map((v) => JSON.stringify(v)).join(', ') }, where);
        break;
      }
      case 'minimum':
      case 'maximum':
      case 'exclusiveMinimum':
      case 'exclusiveMaximum':
        issues.error('field.range', path, { comparison: COMPARISONS[error.keyword]![locale], limit: String(params.limit) }, where);
        break;
      case 'minLength':
      case 'maxLength':
      case 'minItems':
      case 'maxItems':
      case 'minProperties':
        if (error.keyword.startsWith('min') && Number(params.limit) === 1) issues.error('field.empty', path, {}, where);
        else issues.error('field.length', path, { comparison: COMPARISONS[error.keyword]![locale], limit: String(params.limit), unit: UNITS[error.keyword]![locale] }, where);
        break;
      default:
        issues.error('field.invalid', path, {}, where);
    }
  }
  return errors.length === 0;
}
