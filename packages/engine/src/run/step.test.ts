import { describe, expect, it } from 'vitest';
import { begin, compiled, customerView, fire, MANUAL_TRIGGER, ofType, path, stepEnv } from '../testing/fixtures.ts';
import { createRun } from './createRun.ts';
import { MAX_VISITS_PER_INPUT, step } from './step.ts';

const now = Date.parse('2025-03-05T10:00:00Z');

describe('step: walking the graph', () => {
  it('runs steps immediately until a wait, recording each visit with the port it left by', () => {
    const playbook = compiled({
      nodes: [
        MANUAL_TRIGGER,
        { id: 'tag', type: 'action', action: 'add_tag', tag: 'seen' },
        { id: 'wait', type: 'wait', for: 'P1D' },
        { id: 'after', type: 'action', action: 'add_tag', tag: 'later' },
      ],
    });
    const { state, effects } = begin(playbook, now);
    expect(path(effects)).toEqual(['start:next', 'tag:next', 'wait']);
    expect(ofType(effects, 'record_step').map((e) => e.visit)).toEqual([1, 2, 3]);
    expect(state).toMatchObject({ status: 'active', node: 'wait', visits: 3, waiting: { kind: 'timer', reason: 'wait', timer: `${state.id}:3` } });
    expect(ofType(effects, 'start_run')).toEqual([{ type: 'start_run', run: state.id, playbook: 'test-playbook', customer: 'c1', at: now, version: 1, control: false }]);
  });

  it('takes the true or false port of a condition', () => {
    const playbook = compiled({
      nodes: [MANUAL_TRIGGER, { id: 'vip', type: 'condition', if: { has_tag: 'vip' } }],
    });
    expect(path(begin(playbook, now, { tags: ['vip'] }).effects)).toEqual(['start:next', 'vip:true']);
    expect(path(begin(playbook, now).effects)).toEqual(['start:next', 'vip:false']);
  });

  it('takes the first matching switch case, else default', () => {
    const playbook = compiled({
      nodes: [
        MANUAL_TRIGGER,
        {
          id: 'tier',
          type: 'switch',
          cases: [
            { port: 'gold', if: { '>=': [{ var: 'customer.spend' }, 1000] } },
            { port: 'silver', if: { '>=': [{ var: 'customer.spend' }, 100] } },
          ],
        },
      ],
    });
    expect(path(begin(playbook, now, { attributes: { spend: 5000 } }).effects)).toContain('tier:gold');
    expect(path(begin(playbook, now, { attributes: { spend: 500 } }).effects)).toContain('tier:silver');
    expect(path(begin(playbook, now, { attributes: { spend: 5 } }).effects)).toContain('tier:default');
  });

  it('sends the same customer to the same split variant every time and records it as the run’s variant', () => {
    const playbook = compiled({
      nodes: [MANUAL_TRIGGER, { id: 'ab', type: 'split', variants: [{ port: 'a', weight: 50 }, { port: 'b', weight: 50 }] }],
    });
    const ports = new Map<string, string>();
    for (let i = 0; i < 200; i++) {
      const first = begin(playbook, now, { id: `c${i}` });
      const again = begin(playbook, now + 86_400_000, { id: `c${i}` }, { sequence: 2 });
      expect(again.state.variant).toBe(first.state.variant);
      ports.set(`c${i}`, first.state.variant!);
      expect(ofType(first.effects, 'record_step').find((e) => e.node === 'ab')).toMatchObject({ port: first.state.variant, variant: first.state.variant });
    }
    const a = [...ports.values()].filter((port) => port === 'a').length;
    expect(a).toBeGreaterThan(70);
    expect(a).toBeLessThan(130);
  });

  it('never sends anyone to a variant of weight 0', () => {
    const playbook = compiled({
      nodes: [MANUAL_TRIGGER, { id: 'ab', type: 'split', variants: [{ port: 'a', weight: 0 }, { port: 'b', weight: 100 }] }],
    });
    for (let i = 0; i < 100; i++) expect(begin(playbook, now, { id: `c${i}` }).state.variant).toBe('b');
  });

  it('completes the run at an exit node', () => {
    const playbook = compiled({ nodes: [MANUAL_TRIGGER, { id: 'done', type: 'exit' }] });
    const { state, effects } = begin(playbook, now);
    expect(path(effects)).toEqual(['start:next', 'done']);
    expect(state).toMatchObject({ status: 'completed', exitReason: 'exit', endedAt: now, node: null });
    expect(ofType(effects, 'end_run')).toMatchObject([{ status: 'completed', reason: 'exit' }]);
  });

  it('completes the run when the port taken has no edge', () => {
    const playbook = compiled({
      nodes: [MANUAL_TRIGGER, { id: 'vip', type: 'condition', if: { has_tag: 'vip' } }, { id: 'tag', type: 'action', action: 'add_tag', tag: 'x' }],
      edges: [
        { from: 'start', to: 'vip' },
        { from: 'vip', to: 'tag', port: 'true' },
      ],
    });
    const { state, effects } = begin(playbook, now);
    expect(path(effects)).toEqual(['start:next', 'vip:false']);
    expect(state).toMatchObject({ status: 'completed', exitReason: 'end' });
  });

  it('stops a run that loops without waiting after the step limit, as exited', () => {
    // A loop through a wait whose date is already past never waits: the limit ends it.
    const playbook = compiled({
      nodes: [MANUAL_TRIGGER, { id: 'tag', type: 'action', action: 'add_tag', tag: 'x' }, { id: 'wait', type: 'wait', until: { attribute: 'renewal_date' } }],
      edges: [
        { from: 'start', to: 'tag' },
        { from: 'tag', to: 'wait' },
        { from: 'wait', to: 'tag' },
      ],
    });
    const { state, effects } = begin(playbook, now, { attributes: { renewal_date: '2020-01-01' } });
    expect(state).toMatchObject({ status: 'exited', exitReason: 'step_limit' });
    expect(ofType(effects, 'record_step')).toHaveLength(MAX_VISITS_PER_INPUT);
  });

  it('leaves a run alone on an input that does not concern it', () => {
    const playbook = compiled({ nodes: [MANUAL_TRIGGER, { id: 'wait', type: 'wait', for: 'P1D' }] });
    const { state } = begin(playbook, now);
    for (const input of [{ kind: 'timer' as const, timer: 'someone-else' }, { kind: 'start' as const }, { kind: 'check' as const }]) {
      expect(step(playbook, state, input, stepEnv(now))).toEqual({ state, effects: [] });
    }
    const finished = { ...state, status: 'completed' as const };
    expect(step(playbook, finished, { kind: 'timer', timer: state.waiting!.timer }, stepEnv(now))).toEqual({ state: finished, effects: [] });
  });

  it('never modifies the run it is given and returns JSON', () => {
    const playbook = compiled({ nodes: [MANUAL_TRIGGER, { id: 'wait', type: 'wait', for: 'P1D' }, { id: 'done', type: 'exit' }] });
    const run = createRun({ playbook, customerId: 'c1', sequence: 1, now });
    const before = structuredClone(run);
    const started = step(playbook, run, { kind: 'start' }, stepEnv(now));
    expect(run).toEqual(before);
    const waitingCopy = structuredClone(started.state);
    const ended = fire(playbook, started.state);
    expect(started.state).toEqual(waitingCopy);
    expect(JSON.parse(JSON.stringify(ended))).toEqual(ended);
    expect('waiting' in ended.state).toBe(false);
  });

  it('ends the run on exit_when when asked to check, cancelling its timer', () => {
    const playbook = compiled({ settings: { exit_when: { has_tag: 'unsubscribed' } }, nodes: [MANUAL_TRIGGER, { id: 'wait', type: 'wait', for: 'P7D' }] });
    const { state } = begin(playbook, now);
    expect(step(playbook, state, { kind: 'check' }, stepEnv(now)).effects).toEqual([]);
    const { state: ended, effects } = step(playbook, state, { kind: 'check' }, { ...stepEnv(now), customer: customerView({ tags: ['unsubscribed'] }) });
    expect(ended).toMatchObject({ status: 'exited', exitReason: 'exit_when' });
    expect(effects.map((e) => e.type)).toEqual(['cancel_timer', 'end_run']);
  });
});
