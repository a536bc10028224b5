import { calendarDuration, type CalendarDuration } from '@stayflow/engine';
import { parseIsoDate } from '@stayflow/logic';
import type { FastifySchemaCompiler } from 'fastify';
import Type, { type TSchema } from 'typebox';
import Value from 'typebox/value';
import { describeSchemaErrors } from '../plugins/describeSchemaErrors.ts';
import { invalidInput } from '../plugins/errors.ts';
import { strictValidatorCompiler } from '../plugins/strictValidatorCompiler.ts';

export function iso(ms: number): string;
export function iso(ms: number | null | undefined): string | null;
export function iso(ms: number | null | undefined): string | null {
  return ms === null || ms === undefined ? null : new Date(ms).toISOString();
}

const ErrorAnswer = Type.Object(
  {
    error: Type.Object({ code: Type.String(), message: Type.String() }),
    errors: Type.Optional(Type.Array(Type.Object({ code: Type.String(), message: Type.String(), path: Type.Optional(Type.String()), node: Type.Optional(Type.String()) }))),
  },
  { description: 'What went wrong, for a person to read; `errors` lists each problem for validation failures.' },
);

const errorAnswer = (description: string) => Type.Object(ErrorAnswer.properties, { description });

/**
 * The usual answers, for the OpenAPI document: the error shapes (every code is listed in the
 * server README), and success bodies left open. 405 and 431 can come from any path too; they
 * are documented in the README rather than on every operation.
 */
export const errorAnswers = {
  200: Type.Unknown({ description: 'OK' }),
  201: Type.Unknown({ description: 'Created' }),
  202: Type.Unknown({ description: 'Accepted' }),
  204: Type.Unknown({ description: 'No content' }),
  400: errorAnswer('Bad input: a field of the wrong type or size, JSON nested over 128 levels (`too_deep`), a malformed percent-escape (`bad_url`).'),
  401: errorAnswer('No API key, or an unknown one (when keys are required).'),
  404: ErrorAnswer,
  409: ErrorAnswer,
  413: errorAnswer('The body is over the 10 MB limit.'),
  414: errorAnswer('The URL is over 8,192 characters, or an id in it over its limit (customer ids: 200 characters).'),
  415: errorAnswer('The body is not sent as application/json.'),
  429: errorAnswer('Too many failed API-key attempts from this address; wait for Retry-After seconds.'),
};

export const CustomerId = Type.String({ minLength: 1, maxLength: 200, description: 'Your own id for the customer.' });

/** An id in the address (customers, tasks): 1–200 characters; a longer one is answered 414. */
export const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 200 }) });

/** A filter on an id in the query (`?customer=`, `?playbook=`). */
export const IdFilter = Type.Optional(Type.String({ maxLength: 200 }));

export const Limit = Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100 }));

export const LocaleQuery = Type.Optional(Type.Union([Type.Literal('en'), Type.Literal('zh-CN')], { description: 'Language of validation messages.' }));

/** Parses an ISO 8601 instant from a query or body; undefined when absent, NaN when unreadable. */
export function parseInstant(text: string | undefined): number | undefined {
  if (text === undefined || text === '') return undefined;
  return parseIsoDate(text) ?? Number.NaN;
}

/** An ISO 8601 duration from a request (`P3D`, `PT2H`), or null: a negative one (`-P1D`) is refused, as time here only moves forward. */
export const parseForwardDuration = (text: string): CalendarDuration | null => (/^P/.test(text) ? calendarDuration(text) : null);

/**
 * Route options for a handler that checks its own body (with clearer messages than the
 * schema's): the body schema is kept for the OpenAPI document only, while params and query
 * are still checked and converted. Fastify builds its ajv compiler lazily, per context, so a
 * route's own compiler cannot hand those parts to it: TypeBox's compiler checks them instead.
 */
const skipBody: FastifySchemaCompiler<TSchema> = (route) => (route.httpPart === 'body' ? () => true : strictValidatorCompiler(route));
export const bodyCheckedByHandler = { validatorCompiler: skipBody } as const;

/** Checks a value against a schema, throwing a 400 that names each problem with its place (`$.events[2].type`). */
export function assertShape(schema: TSchema, value: unknown): void {
  if (Value.Check(schema, value)) return;
  throw invalidInput('validation_failed', describeSchemaErrors(Value.Errors(schema, value)));
}
