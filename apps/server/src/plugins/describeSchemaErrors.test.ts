import Fastify, { type FastifyError, type FastifySchemaValidationError } from 'fastify';
import Type, { type TSchema } from 'typebox';
import Value from 'typebox/value';
import { describe, expect, it } from 'vitest';
import { AJV_OPTIONS } from '../app.ts';
import { describeSchemaErrors, type RequestPart } from './describeSchemaErrors.ts';
import { strictValidatorCompiler } from './strictValidatorCompiler.ts';

const Customers = Type.Object(
  {
    customers: Type.Array(Type.Object({ id: Type.String({ minLength: 1 }), visits: Type.Optional(Type.Integer({ minimum: 0 })) }, { additionalProperties: false }), { maxItems: 2 }),
    locale: Type.Optional(Type.Union([Type.Literal('en'), Type.Literal('zh-CN')])),
  },
  { additionalProperties: false },
);

/**
 * What Fastify's own validation reports for a value: ajv with the app's settings, or the app's
 * own compiler (`strictValidatorCompiler`, which converts the query from text) for the query.
 */
async function ajvErrors(schema: TSchema, value: unknown, part: 'body' | 'querystring' = 'body'): Promise<{ errors: FastifySchemaValidationError[]; part: RequestPart }> {
  const app = Fastify({ ajv: AJV_OPTIONS });
  if (part === 'querystring') app.setValidatorCompiler(strictValidatorCompiler);
  let caught: FastifyError | undefined;
  app.setErrorHandler((error: FastifyError, _request, reply) => {
    caught = error;
    return reply.status(400).send();
  });
  app.post('/', { schema: part === 'body' ? { body: schema } : { querystring: schema } }, async () => 'ok');
  await app.inject(part === 'body' ? { method: 'POST', url: '/', payload: value as object } : { method: 'POST', url: '/', query: value as Record<string, string> });
  await app.close();
  return { errors: caught?.validation ?? [], part: caught?.validationContext ?? part };
}

const byPath = (a: { path: string; code: string }, b: { path: string; code: string }) => `${a.path} ${a.code}`.localeCompare(`${b.path} ${b.code}`);

describe('describeSchemaErrors', () => {
  it('describes a missing and an unknown field the same way for Fastify route schemas and TypeBox checks', async () => {
    const value = { customers: [{ visits: 1, colour: 'red' }] };
    const fromAjv = await ajvErrors(Customers, value);
    const fromTypeBox = describeSchemaErrors(Value.Errors(Customers, value));
    expect(describeSchemaErrors(fromAjv.errors, fromAjv.part).sort(byPath)).toEqual(fromTypeBox.sort(byPath));
    expect(fromTypeBox).toEqual([
      { code: 'schema.unknown_field', message: '$.customers[0].colour is an unknown field; check its spelling.', path: '$.customers[0].colour' },
      { code: 'schema.required', message: '$.customers[0].id is required.', path: '$.customers[0].id' },
    ]);
  });

  it('lists the choices of a union of literals once, instead of one error per choice', async () => {
    const value = { customers: [], locale: 'fr' };
    const expected = [{ code: 'schema.anyOf', message: '$.locale must be one of: "en", "zh-CN".', path: '$.locale' }];
    expect(describeSchemaErrors(Value.Errors(Customers, value))).toEqual(expected);
    const fromAjv = await ajvErrors(Customers, value);
    expect(describeSchemaErrors(fromAjv.errors, fromAjv.part)).toEqual(expected);
  });

  it('says what a value must be, in words', async () => {
    const value = { customers: [{ id: '', visits: -1 }, { id: {} }, { id: 'c' }] };
    const fromAjv = await ajvErrors(Customers, value);
    expect(describeSchemaErrors(fromAjv.errors, fromAjv.part).map((p) => p.message)).toEqual([
      '$.customers must have at most 2 entries.',
      '$.customers[0].id must not be empty.',
      '$.customers[0].visits must be at least 0.',
      '$.customers[1].id must be text.',
    ]);
  });

  it('names query parameters by name, with the same JSONPath', async () => {
    const Query = Type.Object({ days: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });
    const missing = await ajvErrors(Query, {}, 'querystring');
    expect(describeSchemaErrors(missing.errors, missing.part)).toEqual([{ code: 'schema.required', message: 'Query parameter "days" is required.', path: '$.days' }]);
    const unknown = await ajvErrors(Query, { days: '2', lang: 'en' }, 'querystring');
    expect(describeSchemaErrors(unknown.errors, unknown.part)).toEqual([{ code: 'schema.unknown_field', message: 'Query parameter "lang" is unknown; check its spelling.', path: '$.lang' }]);
  });

  it('describes a body that is not an object', () => {
    expect(describeSchemaErrors(Value.Errors(Customers, []))).toEqual([{ code: 'schema.type', message: 'The body must be an object.', path: '$' }]);
  });
});
