import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CommandIO } from '../io.ts';
import { main } from '../main.ts';

const playbook = {
  schema: 'stayflow/playbook@1',
  id: 'quiet',
  name: 'Quiet customers',
  nodes: [
    { id: 'start', type: 'trigger', on: 'segment', if: { '>': [{ var: 'customer.metrics.days_since_last_order' }, 30] } },
    { id: 'mail', type: 'action', action: 'send_message', channel: 'email', template: { subject: 'Hello {{customer.name}}', body: 'We miss you' } },
  ],
  edges: [{ from: 'start', to: 'mail' }],
};

const data = [
  { kind: 'customer', id: 'a', attributes: { name: 'Ann' }, tags: [] },
  { kind: 'event', id: 'e1', customer_id: 'a', type: 'order_placed', at: '2026-01-01T00:00:00Z', properties: { amount: 10 } },
  { kind: 'customer', id: 'b', attributes: { name: 'Bo' }, tags: [] },
  { kind: 'event', id: 'e2', customer_id: 'b', type: 'order_placed', at: '2026-02-25T00:00:00Z', properties: { amount: 10 } },
];

async function run(argv: string[], files: Record<string, string>) {
  const cwd = mkdtempSync(join(tmpdir(), 'stayflow-sim-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(cwd, name), text);
  let out = '';
  let err = '';
  const io: CommandIO = { out: { write: (t: string) => (out += t) }, err: { write: (t: string) => (err += t) }, cwd };
  return { code: await main(argv, io), out, err };
}

describe('stayflow simulate', () => {
  const files = { 'quiet.json': JSON.stringify(playbook), 'data.jsonl': data.map((r) => JSON.stringify(r)).join('\n') };

  it('prints per-step counts and the first journeys', async () => {
    const result = await run(['simulate', 'quiet.json', '--data', 'data.jsonl', '--from', '2026-03-01T00:00:00Z', '--days', '40'], files);
    expect(result.code).toBe(0);
    expect(result.out).toContain('Simulated 2 customers');
    expect(result.out).toMatch(/start\s+2\s+next 2/);
    expect(result.out).toContain('send_message at mail: Hello Ann');
  });

  it('prints the publish preview\'s figures, with the overlaps between the playbooks given', async () => {
    const twin = { ...playbook, id: 'quiet-twin', name: 'Quiet twin', nodes: [playbook.nodes[0], { ...playbook.nodes[1], channel: 'sms', template: { body: 'Hi' } }] };
    const result = await run(['simulate', 'quiet.json', 'twin.json', '--data', 'data.jsonl', '--from', '2026-03-01T00:00:00Z', '--days', '40'], { ...files, 'twin.json': JSON.stringify(twin) });
    expect(result.code).toBe(0);
    // Ann (silent since January) enters at the start; Bo crosses 30 days silent on March 27.
    expect(result.out).toContain('over 40 days: 2 enter, 1 of them at the start');
    expect(result.out).toContain('messages: 2 (email 2)');
    expect(result.out).toContain('messages: 2 (sms 2)');
    expect(result.out).toContain('coupons: 0\n');
    expect(result.out).toContain('overlaps Quiet twin (quiet-twin): 2 customers in both, 2 contacted by both');
    const json = await run(['simulate', 'quiet.json', '--data', 'data.jsonl', '--from', '2026-03-01T00:00:00Z', '--days', '40', '--json'], files);
    const answer = JSON.parse(json.out);
    expect(answer.previews.quiet).toMatchObject({ entered: { now: 1, over_horizon: 2 }, messages: { total: 2, by_channel: { email: 2 } }, overlaps: [] });
    expect(answer.previews.quiet.messages.by_day.map((d: { day: string }) => d.day)).toEqual(['2026-03-01', '2026-03-27']);
  });

  it('says which file is wrong and exits non-zero', async () => {
    const broken = await run(['simulate', 'quiet.json', '--data', 'data.jsonl'], { ...files, 'data.jsonl': '{"kind":"customer"\n' });
    expect(broken.code).toBe(1);
    expect(broken.err).toContain('line 1: not valid JSON');
    const absent = await run(['simulate', 'quiet.json', '--data', 'absent.jsonl'], files);
    expect(absent.code).toBe(1);
    expect(absent.err).toContain('absent.jsonl: file not found');
    const missing = await run(['simulate', 'quiet.json'], files);
    expect(missing.code).toBe(2);
    const badDays = await run(['simulate', 'quiet.json', '--data', 'data.jsonl', '--days', 'ten'], files);
    expect(badDays.err).toContain('--days');
  });
});
