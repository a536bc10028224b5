import type { FastifySchemaCompiler, FastifySchemaValidationError } from 'fastify';
import type { TSchema } from 'typebox';
import { Compile } from 'typebox/compile';

const INTEGER = /^-?(0|[1-9]\d*)$/;
const NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;

/**
 * A text from the URL as the schema's type, when it is written exactly as that type: whole
 * numbers as `-?digits` within ±2^53, numbers in JSON's notation and finite, booleans as
 * `true`/`false`. Anything else (`Infinity`, `1e309`, `0x10`, `1.5` for a whole number, ` 5`)
 * stays text, so the schema check refuses it and names the parameter.
 */
function fromText(schema: TSchema, text: string): unknown {
  const type = (schema as { type?: unknown }).type;
  if (type === 'integer' && INTEGER.test(text)) {
    const value = Number(text);
    return Number.isSafeInteger(value) ? value : text;
  }
  if (type === 'number' && NUMBER.test(text)) {
    const value = Number(text);
    return Number.isFinite(value) ? value : text;
  }
  if (type === 'boolean' && (text === 'true' || text === 'false')) return text === 'true';
  return text;
}

/** The query, path parameters or headers, each field converted from text by its own schema. */
function convertFields(schema: TSchema, value: unknown): unknown {
  const properties = (schema as { properties?: Record<string, TSchema> }).properties;
  if (properties === undefined || value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const converted: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(value)) {
    const fieldSchema = Object.hasOwn(properties, name) ? properties[name] : undefined;
    converted[name] = fieldSchema !== undefined && typeof field === 'string' ? fromText(fieldSchema, field) : field;
  }
  return converted;
}

/**
 * The one schema validator of every route. Bodies are checked as sent: a JSON `true` where a
 * list goes is a 400 naming the field, never turned into `["true"]`. The URL's parts (query,
 * path parameters) and headers are text by nature and are converted strictly (see `fromText`).
 */
export const strictValidatorCompiler: FastifySchemaCompiler<TSchema> = ({ schema, httpPart }) => {
  const check = Compile(schema);
  const convert = httpPart === 'body' ? (value: unknown) => value : (value: unknown) => convertFields(schema, value);
  return (input: unknown) => {
    const value = convert(input);
    if (check.Check(value)) return { value };
    return { error: [...check.Errors(value)] as unknown as FastifySchemaValidationError[] };
  };
};
