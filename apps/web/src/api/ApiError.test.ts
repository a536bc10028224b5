import { describe, expect, it } from 'vitest';
import { ApiError, apiErrorFrom, errorMessage, networkError } from './ApiError.ts';

describe('apiErrorFrom', () => {
  it('keeps the server’s sentence and code', () => {
    const error = apiErrorFrom(409, { error: { code: 'playbook_live', message: 'Pause the playbook before deleting it.' } });
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(409);
    expect(error.code).toBe('playbook_live');
    expect(error.message).toBe('Pause the playbook before deleting it.');
    expect(error.problems).toEqual([]);
  });

  it('reads the validation problems with their step and path', () => {
    const error = apiErrorFrom(400, {
      error: { code: 'invalid_playbook', message: 'Two problems' },
      errors: [
        { code: 'graph.unreachable', message: 'The step “Wait” cannot be reached.', node: 'wait', path: '$.nodes[2]', severity: 'error' },
        { code: 'x', message: 'Second' },
        { nonsense: true },
      ],
    });
    expect(error.problems).toEqual([
      { code: 'graph.unreachable', message: 'The step “Wait” cannot be reached.', node: 'wait', path: '$.nodes[2]', severity: 'error' },
      { code: 'x', message: 'Second' },
    ]);
  });

  it('describes the status when the body is not our JSON', () => {
    expect(apiErrorFrom(502, undefined).message).toBe('The server is not answering (bad gateway).');
    expect(apiErrorFrom(500, '<html>stack trace</html>').message).toBe('Something went wrong on the server.');
    expect(apiErrorFrom(418, null).message).toBe('The request failed (HTTP 418).');
    expect(apiErrorFrom(599, null).code).toBe('server_error');
  });

  it('recognises a route the server does not have', () => {
    expect(apiErrorFrom(404, { error: { code: 'not_found', message: 'No route POST /api/playbooks/x/test.' } }).isMissingRoute).toBe(true);
    expect(apiErrorFrom(404, { error: { code: 'not_found', message: 'The playbook "x" does not exist.' } }).isMissingRoute).toBe(false);
  });
});

describe('networkError and errorMessage', () => {
  it('says the server could not be reached', () => {
    const error = networkError(new TypeError('Failed to fetch'));
    expect(error.code).toBe('network');
    expect(error.status).toBe(0);
    expect(error.message).toMatch(/Could not reach the Stayflow server/);
  });

  it('turns anything thrown into a sentence', () => {
    expect(errorMessage(new Error('Boom'))).toBe('Boom');
    expect(errorMessage('plain')).toBe('plain');
    expect(errorMessage({})).toBe('Something unexpected went wrong.');
  });
});
