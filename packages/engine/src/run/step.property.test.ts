import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Playbook } from '@stayflow/playbook';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePlaybook } from '../compile/compilePlaybook.ts';
import { type Effect, isActionEffect } from '../Effect.ts';
import { at, begin, type CustomerSpec, DAY, event, fire, ordersAt } from '../testing/fixtures.ts';
import type { RunState } from './RunState.ts';

const examples = fileURLToPath(new URL('../../../../examples/playbooks/', import.meta.url));
const playbooks = readdirSync(examples)
  .filter((file) => file.endsWith('.json'))
  .map((file) => compilePlaybook(JSON.parse(readFileSync(`${examples}${file}`, 'utf8')) as Playbook, 1));

const customers: fc.Arbitrary<CustomerSpec> = fc.record({
  id: fc.string({ minLength: 1, maxLength: 8 }),
  attributes: fc.record({ name: fc.string(), renewal_date: fc.constantFrom('2025-02-01', '2025-04-01'), timezone: fc.constantFrom('Asia/Shanghai', 'Europe/Berlin', 'UTC') }, { requiredKeys: [] }),
  tags: fc.subarray(['vip', 'activated', 'renewed', 'unsubscribed']),
  segments: fc.subarray(['loyal', 'potential', 'at_risk', 'churned']),
  metrics: fc.array(fc.integer({ min: 0, max: 300 }), { maxLength: 4 }).map((days) => ordersAt(...days.map((d) => at('2025-01-01T00:00:00Z') - d * DAY))),
});

/** Starts a run and fires its timers until it ends (timers only: events never come). */
function walkThrough(index: number, customer: CustomerSpec, start: number): { runs: RunState[]; effects: Effect[] } {
  const playbook = playbooks[index]!;
  const trigger = playbook.trigger.on === 'event' ? { event: event(playbook.trigger.event, start, { score: 3, amount: 120, sentiment: 'negative' }) } : {};
  let result = begin(playbook, start, customer, trigger);
  const runs = [result.state];
  const effects = [...result.effects];
  for (let i = 0; i < 50 && result.state.waiting !== undefined; i++) {
    result = fire(playbook, result.state, customer);
    runs.push(result.state);
    effects.push(...result.effects);
  }
  return { runs, effects };
}

describe('step: properties', () => {
  const cases = fc.tuple(fc.nat({ max: playbooks.length - 1 }), customers, fc.integer({ min: at('2025-01-01T00:00:00Z'), max: at('2026-01-01T00:00:00Z') }));

  it('gives the same states and effects for the same run, customer and times', () => {
    fc.assert(
      fc.property(cases, ([index, customer, start]) => {
        expect(walkThrough(index, customer, start)).toEqual(walkThrough(index, customer, start));
      }),
      { numRuns: 200 },
    );
  });

  it('takes each action at most once per (run, node, visit), records steps in time order, and ends every run', () => {
    fc.assert(
      fc.property(cases, ([index, customer, start]) => {
        const { runs, effects } = walkThrough(index, customer, start);
        const keys = effects.filter(isActionEffect).map((e) => e.key);
        expect(new Set(keys).size).toBe(keys.length);
        const times = effects.filter((e) => e.type === 'record_step').map((e) => (e as { at: number }).at);
        expect(times).toEqual([...times].sort((a, b) => a - b));
        expect(runs.at(-1)!.status).not.toBe('active');
        if (runs[0]!.control) expect(keys).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
