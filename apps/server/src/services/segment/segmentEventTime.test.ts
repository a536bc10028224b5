import { describe, expect, it } from 'vitest';
import { segmentEventTime } from './segmentEventTime.ts';

const NOW = Date.parse('2026-03-02T08:00:00.000Z');
const DAY = 24 * 3_600_000;
const at = (fields: Record<string, unknown>) => segmentEventTime(fields, '$', NOW, DAY);

describe('segmentEventTime', () => {
  it('takes timestamp first', () => {
    expect(at({ timestamp: '2026-03-01T10:00:00.000Z', originalTimestamp: '2026-02-01T10:00:00.000Z' })).toEqual({ ok: true, at: Date.parse('2026-03-01T10:00:00.000Z') });
  });

  it('takes the device’s originalTimestamp as it is when the device clock is within a minute', () => {
    expect(at({ originalTimestamp: '2026-03-02T07:59:00.123Z', sentAt: '2026-03-02T07:59:30.000Z' })).toEqual({ ok: true, at: Date.parse('2026-03-02T07:59:00.123Z') });
  });

  it('corrects the originalTimestamp by a device clock that is off, to the second, so a retry gets the same time', () => {
    // The device is an hour behind: it sent at 07:00 by its clock, the server received at 08:00.
    const first = at({ originalTimestamp: '2026-03-02T06:59:00.400Z', sentAt: '2026-03-02T07:00:00.000Z' });
    expect(first).toEqual({ ok: true, at: Date.parse('2026-03-02T07:59:00.000Z') });
    const retry = segmentEventTime({ originalTimestamp: '2026-03-02T06:59:00.400Z', sentAt: '2026-03-02T07:05:00.250Z' }, '$', NOW + 5 * 60_000 + 80, DAY);
    expect(retry).toEqual(first);
  });

  it('leaves the time to the server when the message has none', () => {
    expect(at({})).toEqual({ ok: true, at: undefined });
    expect(at({ timestamp: null, originalTimestamp: '' })).toEqual({ ok: true, at: undefined });
  });

  it('names an unreadable time and where it is', () => {
    expect(at({ originalTimestamp: 1700000000000 })).toEqual({ ok: false, path: '$.originalTimestamp', message: '$.originalTimestamp must be an ISO 8601 time such as 2026-03-01T09:30:00.000Z, not 1700000000000.' });
  });

  it('refuses a time more than the tolerance after the server’s now', () => {
    expect(at({ timestamp: '2026-03-03T08:00:00.000Z' })).toEqual({ ok: true, at: NOW + DAY });
    expect(at({ timestamp: '2026-03-03T08:00:01.000Z' })).toMatchObject({ ok: false, path: '$.timestamp' });
  });
});
