import { describe, expect, it } from 'vitest';
import { at, compiled, drive, MANUAL_TRIGGER, worldOf } from '../testing/fixtures.ts';
import { react } from './react.ts';

const now = at('2025-03-05T10:00:00Z');
const enroll = { kind: 'enroll', playbookId: 'test-playbook' } as const;
const waiting = (settings: Record<string, unknown> = {}) => compiled({ settings, nodes: [MANUAL_TRIGGER, { id: 'wait', type: 'wait', for: 'P1D' }] });

describe('react: what an enrolment did', () => {
  it('says a run started', () => {
    expect(react(worldOf(), enroll, { now, playbooks: [waiting()] }).enrolment).toBe('started');
  });

  it('names reentry when the customer is already inside', () => {
    const env = { playbooks: [waiting()] };
    const inside = drive(worldOf(), [[enroll, now]], env).world;
    expect(react(inside, enroll, { now, ...env }).enrolment).toBe('reentry');
  });

  it('names the exit condition a customer already meets', () => {
    const playbooks = [waiting({ exit_when: { has_tag: 'unsubscribed' } })];
    expect(react(worldOf('c1', {}, ['unsubscribed']), enroll, { now, playbooks }).enrolment).toBe('exit_condition');
  });

  it('says holdout for a customer the holdout keeps out of every action', () => {
    const playbooks = [waiting({ holdout: 100 })];
    expect(react(worldOf(), enroll, { now, playbooks }).enrolment).toBe('holdout');
  });

  it('says not_live for a playbook that is not live, and nothing for other inputs', () => {
    expect(react(worldOf(), enroll, { now, playbooks: [] }).enrolment).toBe('not_live');
    expect(react(worldOf(), { kind: 'sweep' }, { now, playbooks: [waiting()] }).enrolment).toBeUndefined();
  });
});
