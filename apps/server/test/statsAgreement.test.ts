import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simulate } from '@stayflow/engine';
import type { Playbook } from '@stayflow/playbook';
import { afterEach, describe, expect, it } from 'vitest';
import { describeComparison } from '../../cli/src/commands/describeComparison.ts';
import { simulateCommand } from '../../cli/src/commands/simulate.ts';
import { playbook, publish, startTestServer, T0, type TestServer } from './harness.ts';

let server: TestServer;
afterEach(() => server?.stop());

const HOUR = 3_600_000;
const experiment = playbook(
  'experiment',
  [
    { id: 'start', type: 'trigger', on: 'event', event: 'signed_up' },
    { id: 'split', type: 'split', variants: [{ port: 'a', weight: 50 }, { port: 'b', weight: 50 }] },
    { id: 'tag_a', type: 'action', action: 'add_tag', tag: 'saw-a' },
    { id: 'tag_b', type: 'action', action: 'add_tag', tag: 'saw-b' },
  ],
  {
    edges: [
      { from: 'start', to: 'split' },
      { from: 'split', to: 'tag_a', port: 'a' },
      { from: 'split', to: 'tag_b', port: 'b' },
    ],
    settings: { holdout: 20, goal: { event: 'order_placed', within: 'P7D' } },
  },
);

describe('one computation per figure', () => {
  it('gives the same goal, holdout and variant figures in the stats answer, the simulation and the CLI report', async () => {
    const ids = Array.from({ length: 160 }, (_, i) => `g${String(i).padStart(3, '0')}`);
    const t0 = Date.parse(T0);
    const signups = ids.map((id) => ({ customer_id: id, type: 'signed_up', at: new Date(t0 + HOUR).toISOString() }));
    const orders = ids.filter((_, i) => i % 3 === 0 || i % 7 === 0).map((id) => ({ customer_id: id, type: 'order_placed', at: new Date(t0 + 2 * HOUR).toISOString(), properties: { amount: 10 } }));

    server = await startTestServer();
    await publish(server, experiment);
    await server.advance('PT1H');
    expect((await server.call('POST', '/api/events', { events: signups })).status).toBe(202);
    await server.advance('PT1H');
    expect((await server.call('POST', '/api/events', { events: orders })).status).toBe(202);
    await server.advance('P1D');
    const answer = (await server.call('GET', '/api/playbooks/experiment/stats')).body;

    const from = T0;
    const to = new Date(t0 + 2 * 86_400_000).toISOString();
    const simulated = simulate({ playbooks: [experiment as unknown as Playbook], customers: ids.map((id) => ({ id })), events: [...signups, ...orders], from, to, sweepEvery: 'P1D', journeys: false }).playbooks.experiment!;

    expect(answer.runs.started).toBe(160);
    expect(answer.runs.control).toBeGreaterThan(10);
    for (const key of ['goal', 'holdout', 'variants', 'variant_test'] as const) expect(simulated[key], key).toEqual(answer[key]);
    expect({ treatment: simulated.runs.treatment, control: simulated.runs.control }).toEqual({ treatment: answer.runs.treatment, control: answer.runs.control });
    expect(simulated.nodes).toEqual(answer.nodes);

    const dir = mkdtempSync(join(tmpdir(), 'stayflow-golden-'));
    writeFileSync(join(dir, 'experiment.json'), JSON.stringify(experiment));
    writeFileSync(join(dir, 'data.jsonl'), [...ids.map((id) => ({ kind: 'customer', id })), ...[...signups, ...orders].map((e) => ({ kind: 'event', ...e }))].map((r) => JSON.stringify(r)).join('\n'));
    let out = '';
    const io = { out: { write: (text: string) => (out += text) }, err: { write: () => undefined }, cwd: dir };
    expect(simulateCommand({ files: ['experiment.json'], data: 'data.jsonl', from, days: '2', journeys: '0' }, io)).toBe(0);
    const { treatment, control, comparison } = answer.holdout;
    expect(out).toContain(`uplift ${describeComparison(comparison, [treatment, control])}`);
    const [pair] = answer.variant_test.comparisons;
    expect(out).toContain(`a − b: ${describeComparison(pair, [answer.variants.a, answer.variants.b])}`);
    expect(out).toContain(`winner: ${answer.variant_test.winner ?? 'none yet'}`);
  });
});
