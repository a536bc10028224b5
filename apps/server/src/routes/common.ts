import { calendarDuration, type CalendarDuration } from '@stayflow/engine';
import { parseIsoDate } from '@stayflow/logic';
import type { FastifySchemaCompiler } from 'fastify';
import Type, { type TSchema } from 'typebox';
import { Compile } from 'typebox/compile';
import Value from 'typebox/value';
import { describeSchemaErrors } from '../plugins/describeSchemaErrors.ts';
import { invalidInput } from '../plugins/errors.ts';
import { strictValidatorCompiler } from '../plugins/strictValidatorCompiler.ts';

export function iso(ms: number): string;
export function iso(ms: number | null | undefined): string | null;
export function iso(ms: number | null | undefined): string | null {
  return ms === null || ms === undefined ? null : new Date(ms).toISOString();
}

/** The one error shape, a component of the OpenAPI document (`#/components/schemas/Error`, added by the openapi plugin). */
export const ErrorAnswer = Type.Object(
  {
    error: Type.Object({ code: Type.String(), message: Type.String() }),
    errors: Type.Optional(
      Type.Array(
        Type.Object({
          code: Type.String(),
          message: Type.String(),
          path: Type.Optional(Type.String({ description: 'Where, as a JSON path such as $.nodes[2].wait.' })),
          node: Type.Optional(Type.String()),
          edge: Type.Optional(Type.String()),
          severity: Type.Optional(Type.Union([Type.Literal('error'), Type.Literal('warning')])),
        }),
      ),
    ),
  },
  { $id: 'Error', description: 'What went wrong, for a person to read; `errors` lists each problem for validation failures.' },
);

/** A failure answer of the one error shape, with what it means for this operation (as the OpenAPI document says it). */
export const errorAnswer = (description: string) => Type.Unsafe<Type.Static<typeof ErrorAnswer>>({ $ref: 'Error', description });

const failureAnswers = {
  400: errorAnswer('Bad input: a field of the wrong type or size (`validation_failed`, with each problem in `errors`), JSON nested over 128 levels (`too_deep`), a malformed percent-escape in the URL (`bad_url`).'),
  401: errorAnswer('No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created).'),
  403: errorAnswer('The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`).'),
  404: errorAnswer('It does not exist (`not_found`).'),
  409: errorAnswer('It conflicts with the current state: the message says what to do first (with an Idempotency-Key: the first request with the key is still being handled, `idempotency_key_in_use`; retry in a moment).'),
  413: errorAnswer('The body is over the 10 MB limit (`payload_too_large`).'),
  414: errorAnswer('The URL is over 8,192 characters, or an id in it over its limit (customer ids: 200 characters) (`uri_too_long`).'),
  415: errorAnswer('The body is not sent as application/json (`unsupported_media_type`).'),
  422: errorAnswer('The Idempotency-Key was used in the last 24 hours for a different request (`idempotency_key_reused`): choose a new key for a new request.'),
  429: errorAnswer('Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`).'),
  500: errorAnswer('Something failed on the server (`internal`); it is logged.'),
  503: errorAnswer('The server is shutting down (`shutting_down`); retry in a moment.'),
};

/** The failures any API operation can answer: a bad URL (400), missing credentials (401, 429), a role too low or a missing CSRF token (403), an over-long URL (414), the server failing or stopping (500, 503). */
const ANY_OPERATION = [400, 401, 403, 414, 429, 500, 503] as const;
/**
 * What only an operation with a request body can answer besides: the body's limits, and the
 * `Idempotency-Key` failures (409 `idempotency_key_in_use` while the first request with the key
 * runs, 422 `idempotency_key_reused`), as every write with a body takes the header.
 */
const WITH_BODY = [409, 413, 415, 422] as const;

/** A failure an operation names itself: `body` for the body's 413 and 415, 404 for something missing, 409 for a conflict. */
export type OperationFailure = 'body' | 404 | 409;

/**
 * An operation's answers for the OpenAPI document, exactly those it can give (api-v1.1
 * "OpenAPI"): its success answers with their schemas, the failures any operation can give,
 * and the `failures` it names. 405 (a method no operation has) and 431 (headers over 16 KB)
 * belong to no operation; the server README lists them.
 */
export function answers<Success extends Record<number, TSchema>>(success: Success, ...failures: OperationFailure[]) {
  const statuses: number[] = [...ANY_OPERATION];
  for (const failure of failures) statuses.push(...(failure === 'body' ? WITH_BODY : [failure]));
  const errors: Record<number, TSchema> = {};
  for (const status of statuses.sort((a, b) => a - b)) errors[status] = failureAnswers[status as keyof typeof failureAnswers];
  return { ...errors, ...success } as Success & Record<number, TSchema>;
}

/** The answers of an open route (`GET /api/health`, `GET /api/session`, plugins/routeRoles.ts): no credentials are asked for, so no 401, 403 or 429 but those it names itself. */
export function openAnswers<Success extends Record<number, TSchema>>(success: Success) {
  return { 400: failureAnswers[400], 414: failureAnswers[414], 500: failureAnswers[500], 503: failureAnswers[503], ...success };
}

/** A success answer with no body (204). */
export const NoContent = (description: string) => Type.Unsafe<void>({ type: 'null', description });

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

/**
 * Each schema's compiled check, made at its first use: on a 1,000-event body it takes 0.6 ms
 * of CPU where the interpreted `Value.Check` took 13.5 ms, all of it on the event loop.
 */
const compiledChecks = new WeakMap<TSchema, ReturnType<typeof Compile>>();

/** Checks a value against a schema, throwing a 400 that names each problem with its place (`$.events[2].type`). */
export function assertShape(schema: TSchema, value: unknown): void {
  let check = compiledChecks.get(schema);
  if (check === undefined) compiledChecks.set(schema, (check = Compile(schema)));
  if (check.Check(value)) return;
  throw invalidInput('validation_failed', describeSchemaErrors(Value.Errors(schema, value)));
}
