import { pointerSegments, toJsonPath, type PathSegment } from '@stayflow/playbook';
import type { FastifyError, FastifySchemaValidationError } from 'fastify';
import { quoteInput } from './quoteInput.ts';

/** The part of the request a schema checked. */
export type RequestPart = NonNullable<FastifyError['validationContext']>;

/** One schema problem as the API answers it: `{ code, message, path }`, path a JSONPath into the checked part. */
export interface SchemaProblem {
  code: string;
  message: string;
  path: string;
}

/**
 * Fastify's route validation (ajv) and our own TypeBox checks report errors in the same
 * JSON-Schema shape but with different params and paths; this is the one place that turns
 * either into sentences, so a missing or unknown field reads the same on every route.
 */
export function describeSchemaErrors(errors: readonly FastifySchemaValidationError[], part: RequestPart = 'body'): SchemaProblem[] {
  // ajv places a union's error at `…/anyOf`, TypeBox at the union itself; their branches are under `…/anyOf/N`.
  const unions = new Map(errors.filter((e) => e.keyword === 'anyOf').map((e) => [e, `${e.schemaPath.replace(/\/anyOf$/, '')}/anyOf/`]));
  const inBranch = (error: FastifySchemaValidationError) => [...unions].some(([union, branches]) => union !== error && error.schemaPath.startsWith(branches));
  const problems: SchemaProblem[] = [];
  const add = (code: string, at: readonly PathSegment[], sentence: string) => {
    const message = `${placeOf(part, at)} ${sentence}.`;
    problems.push({ code, message: message[0]!.toUpperCase() + message.slice(1), path: shortPath(at) });
  };
  for (const error of errors) {
    // A union's branches each fail in their own way; the union itself says what was expected.
    if (inBranch(error)) continue;
    const at = pointerSegments(error.instancePath);
    const params = error.params;
    switch (error.keyword) {
      case 'required':
        for (const field of fieldsOf(params.missingProperty, params.requiredProperties)) add('schema.required', [...at, field], 'is required');
        break;
      case 'additionalProperties':
        for (const field of fieldsOf(params.additionalProperty, params.additionalProperties)) add('schema.unknown_field', [...at, field], `is ${part === 'body' ? 'an unknown field' : 'unknown'}; check its spelling`);
        break;
      case 'boolean':
        // TypeBox's companion of an additionalProperties error, already reported by it.
        if (!/\/additionalProperties$/.test(error.schemaPath)) add('schema.not_allowed', at, 'is not allowed here');
        break;
      case 'anyOf': {
        const branches = unions.get(error)!;
        const choices = errors.filter((e) => e.keyword === 'const' && e.instancePath === error.instancePath && e.schemaPath.startsWith(branches)).map((e) => e.params.allowedValue);
        add('schema.anyOf', at, choices.length > 0 ? `must be one of: ${choices.map((c) => JSON.stringify(c)).join(', ')}` : 'does not match any of the accepted forms');
        break;
      }
      default:
        add(`schema.${error.keyword}`, at, sentenceFor(error));
    }
  }
  return problems;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
};

const COMPARISONS: Record<string, string> = { minimum: 'at least', maximum: 'at most', exclusiveMinimum: 'more than', exclusiveMaximum: 'less than' };

const COUNTS: Record<string, [comparison: string, unit: string]> = {
  minLength: ['at least', 'characters'],
  maxLength: ['at most', 'characters'],
  minItems: ['at least', 'entries'],
  maxItems: ['at most', 'entries'],
  minProperties: ['at least', 'fields'],
  maxProperties: ['at most', 'fields'],
};

function sentenceFor({ keyword, params, message }: FastifySchemaValidationError): string {
  if (keyword === 'type') {
    const types = Array.isArray(params.type) ? params.type.map(String) : String(params.type).split(',');
    return `must be ${types.map((t) => TYPE_NAMES[t] ?? t).join(' or ')}`;
  }
  if (COMPARISONS[keyword]) return `must be ${COMPARISONS[keyword]} ${String(params.limit)}`;
  const count = COUNTS[keyword];
  if (count) return Number(params.limit) === 1 && count[0] === 'at least' ? 'must not be empty' : `must have ${count[0]} ${String(params.limit)} ${count[1]}`;
  switch (keyword) {
    case 'pattern':
      return `does not have the expected form (${String(params.pattern)})`;
    case 'format':
      return `must be a valid ${String(params.format)}`;
    case 'const':
      return `must be ${JSON.stringify(params.allowedValue)}`;
    case 'enum':
      return `must be one of: ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'multipleOf':
      return `must be a multiple of ${String(params.multipleOf)}`;
    case 'uniqueItems':
      return 'must not list the same entry twice';
    default:
      return message ?? 'is not valid';
  }
}

/** ajv names one field (`missingProperty`), TypeBox a list (`requiredProperties`). */
function fieldsOf(one: unknown, many: unknown): string[] {
  if (typeof one === 'string') return [one];
  return Array.isArray(many) ? many.map(String) : [];
}

const PARAMETERS: Record<Exclude<RequestPart, 'body'>, [whole: string, one: string]> = {
  querystring: ['the query', 'query parameter'],
  params: ['the URL', 'path parameter'],
  headers: ['the headers', 'header'],
};

const PATH_CHARACTERS = 200;

/** A JSONPath for a message, cut short: its field names come from the client and may be a megabyte long. */
function shortPath(at: readonly PathSegment[]): string {
  const path = toJsonPath(at);
  return path.length <= PATH_CHARACTERS ? path : `${path.slice(0, PATH_CHARACTERS)}…`;
}

/** Where a problem is, for the sentence: a JSONPath in the body, a parameter's name elsewhere. */
function placeOf(part: RequestPart, at: readonly PathSegment[]): string {
  if (part === 'body') return at.length === 0 ? 'the body' : shortPath(at);
  const [whole, one] = PARAMETERS[part];
  if (at.length === 0) return whole;
  return `${one} ${quoteInput(String(at[0]))}${at.length > 1 ? ` at ${shortPath(at)}` : ''}`;
}
