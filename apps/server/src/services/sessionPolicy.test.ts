import { describe, expect, it } from 'vitest';
import { readSessionIdle, sessionIdOf } from './sessionPolicy.ts';

describe('STAYFLOW_SESSION_IDLE_MINUTES', () => {
  it('is 720 minutes when unset, else whole minutes from 1 to 30 days', () => {
    expect(readSessionIdle({})).toEqual({ ok: true, ms: 720 * 60_000 });
    expect(readSessionIdle({ STAYFLOW_SESSION_IDLE_MINUTES: '30' })).toEqual({ ok: true, ms: 30 * 60_000 });
    for (const text of ['0', '1.5', 'ten', '43201']) {
      expect(readSessionIdle({ STAYFLOW_SESSION_IDLE_MINUTES: text })).toEqual({ ok: false, message: `STAYFLOW_SESSION_IDLE_MINUTES must be a whole number of minutes from 1 to 43200 (30 days), not "${text}".` });
    }
  });
});

describe('a session id', () => {
  it('is the SHA-256 of the token, so the stored id cannot be sent back as a cookie', () => {
    expect(sessionIdOf('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
