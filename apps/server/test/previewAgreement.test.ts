import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Playbook } from '@stayflow/playbook';
import { afterAll, describe, expect, it } from 'vitest';
import { simulateCommand } from '../../cli/src/commands/simulate.ts';
import { startTestServer, T0, type TestServer } from './harness.ts';

const churn = JSON.parse(readFileSync(fileURLToPath(new URL('../../../examples/playbooks/churn-early-warning.json', import.meta.url)), 'utf8')) as Playbook;
const DAY = 86_400_000;

let server: TestServer | undefined;
afterAll(() => server?.stop());

describe('one computation for the preview', () => {
  it('gives the same preview in the server (POST /api/playbooks/:id/simulate) and the CLI (stayflow simulate) for the same data', async () => {
    // Silent 95, 89.5, 80, 60 and 10 days, with amounts in two currencies: some enter at once, some during the horizon.
    const ids = Array.from({ length: 120 }, (_, i) => `c${String(i).padStart(4, '0')}`);
    const events = ids.map((id, i) => ({
      id: `o-${i}`,
      customer_id: id,
      type: 'order_placed',
      at: new Date(Date.parse(T0) - [95, 89.5, 80, 60, 10][i % 5]! * DAY).toISOString(),
      properties: { amount: 20 + i, currency: i % 2 === 0 ? 'USD' : 'CNY' },
    }));
    server = await startTestServer();
    expect((await server.call('POST', '/api/events', { events })).status).toBe(202);
    expect((await server.call('POST', '/api/playbooks', churn)).status).toBe(201);
    const answer = await server.call('POST', `/api/playbooks/${churn.id}/simulate`, { horizon_days: 30 });
    expect(answer.body.status).toBe('done');
    const { same_template: _sameTemplate, ...fromServer } = answer.body.result;

    const dir = mkdtempSync(join(tmpdir(), 'stayflow-preview-golden-'));
    writeFileSync(join(dir, 'churn.json'), JSON.stringify(churn));
    writeFileSync(join(dir, 'data.jsonl'), [...ids.map((id) => ({ kind: 'customer', id })), ...events.map((e) => ({ kind: 'event', ...e }))].map((r) => JSON.stringify(r)).join('\n'));
    let out = '';
    const io = { out: { write: (text: string) => (out += text) }, err: { write: () => undefined }, cwd: dir };
    expect(simulateCommand({ files: ['churn.json'], data: 'data.jsonl', from: T0, days: '30', json: true }, io)).toBe(0);
    const fromCli = JSON.parse(out).previews[churn.id];

    expect(fromServer.entered.now).toBeGreaterThan(0);
    expect(fromServer.entered.over_horizon).toBeGreaterThan(fromServer.entered.now);
    expect(fromServer.tasks.total).toBeGreaterThan(0);
    expect(fromCli).toEqual(fromServer);
  }, 60_000);
});
