import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from './config.ts';

const manual = (env: NodeJS.ProcessEnv) => readConfig({ STAYFLOW_CLOCK: 'manual', ...env }, '/srv');

describe('configuration from the environment', () => {
  it('starts the testing clock at a zoned time, or at midnight UTC of a date', () => {
    expect(manual({ STAYFLOW_CLOCK_START: '2026-01-01T09:00:00+08:00' }).clock).toEqual({ mode: 'manual', start: Date.UTC(2026, 0, 1, 1) });
    expect(manual({ STAYFLOW_CLOCK_START: '2026-01-01T09:00:00Z' }).clock).toEqual({ mode: 'manual', start: Date.UTC(2026, 0, 1, 9) });
    expect(manual({ STAYFLOW_CLOCK_START: '2026-01-01' }).clock).toEqual({ mode: 'manual', start: Date.UTC(2026, 0, 1) });
    expect(manual({}).clock).toEqual({ mode: 'manual', start: undefined });
  });

  it('refuses a clock start that is not a zoned ISO 8601 time, naming the variable and an example', () => {
    for (const text of ['2026-01-01T09:00:00', '1', 'January 1, 2026', '2026-02-30']) {
      expect(() => manual({ STAYFLOW_CLOCK_START: text })).toThrow(ConfigError);
      expect(() => manual({ STAYFLOW_CLOCK_START: text })).toThrow(`STAYFLOW_CLOCK_START must be an ISO 8601 time with its zone, such as 2026-01-01T09:00:00Z`);
    }
  });

  it('takes the sweep interval in whole minutes from 1 to 60', () => {
    expect(manual({}).sweepEveryMs).toBe(3_600_000);
    expect(manual({ STAYFLOW_SWEEP_MINUTES: '15' }).sweepEveryMs).toBe(900_000);
    for (const text of ['0', '0.5', '61', 'soon']) expect(() => manual({ STAYFLOW_SWEEP_MINUTES: text })).toThrow(`STAYFLOW_SWEEP_MINUTES must be a whole number of minutes from 1 to 60`);
  });
});
