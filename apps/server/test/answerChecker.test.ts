import { describe, expect, it } from 'vitest';
import { AnswerChecker } from './answerChecker.ts';

const error = { $ref: '#/components/schemas/Error' };
const json = (schema: unknown) => ({ description: 'x', content: { 'application/json': { schema } } });

const document = {
  paths: {
    '/api/things/{id}': {
      get: { operationId: 'getThing', responses: { 200: json({ type: 'object', required: ['id'], properties: { id: { type: 'string' }, at: { type: 'string', format: 'date-time' } } }), 404: json(error) } },
      delete: { operationId: 'deleteThing', responses: { 204: { description: 'gone' } } },
    },
    '/api/things/batch': { get: { operationId: 'batch', responses: { 200: json({ type: 'object', properties: { n: { type: 'integer' } } }) } } },
  },
  components: { schemas: { Error: { $id: 'Error', type: 'object', required: ['error'], properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' } } } } } } },
};

describe('AnswerChecker', () => {
  const checker = new AnswerChecker(document);

  it('accepts an answer that matches its status’s schema', () => {
    expect(checker.problems('GET', '/api/things/a?x=1', 200, { id: 'a', at: '2026-01-01T00:00:00.000Z' })).toEqual([]);
    expect(checker.problems('GET', '/api/things/a', 404, { error: { code: 'not_found', message: 'No.' } })).toEqual([]);
    expect(checker.problems('DELETE', '/api/things/a', 204, undefined)).toEqual([]);
  });

  it('names a status the operation does not list', () => {
    expect(checker.problems('GET', '/api/things/a', 409, { error: { code: 'c', message: 'm' } })).toEqual([
      'GET /api/things/a (getThing) answered 409, a status its documentation does not list (it lists 200, 404)',
    ]);
  });

  it('names a body that does not match: a wrong type, a bad format, a missing or an undocumented property', () => {
    expect(checker.problems('GET', '/api/things/a', 200, { id: 1 })).toEqual(['GET /api/things/a (getThing) answered 200: /id must be string']);
    expect(checker.problems('GET', '/api/things/a', 200, { id: 'a', at: 'yesterday' })).toEqual(['GET /api/things/a (getThing) answered 200: /at must match format "date-time"']);
    expect(checker.problems('GET', '/api/things/a', 404, { error: { code: 'x' } })[0]).toContain("must have required property 'message'");
    expect(checker.problems('GET', '/api/things/a', 200, { id: 'a', secret: 1 })).toEqual(['GET /api/things/a (getThing) answered 200: (the body) must NOT have unevaluated properties: "secret"']);
  });

  it('refuses a body on an answer documented without one', () => {
    expect(checker.problems('DELETE', '/api/things/a', 204, {})).toEqual(['DELETE /api/things/a (deleteThing) answered 204 with a body, where its documentation says none']);
  });

  it('prefers a fixed path over a template, and leaves requests no operation documents unchecked', () => {
    expect(checker.problems('GET', '/api/things/batch', 200, { n: 1 })).toEqual([]);
    expect(checker.problems('POST', '/api/things/a', 405, 'anything')).toEqual([]);
    expect(checker.problems('GET', '/api/unknown', 404, 'anything')).toEqual([]);
  });
});
