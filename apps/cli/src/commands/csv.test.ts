import { createService, type Service } from '@stayflow/server/src/service.ts';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandIO } from '../io.ts';
import { main } from '../main.ts';
import { exportCommand } from './exportCsv.ts';
import { importCommand } from './importCsv.ts';

const NOW = Date.parse('2026-03-02T08:00:00Z');
let service: Service;
let url: string;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'stayflow-csv-cli-'));
  service = await createService({
    dataFile: join(dir, 'stayflow.db'),
    clock: { mode: 'manual', start: NOW },
    requireApiKeys: false,
    env: {},
    demoCustomers: 0,
    sweepEveryMs: 3_600_000,
    logger: false,
  });
  await service.start();
  url = await service.app.listen({ port: 0, host: '127.0.0.1' });
});

afterAll(async () => {
  await service?.stop();
  rmSync(dir, { recursive: true, force: true });
});

function io() {
  const result = { out: '', err: '' };
  const stream: CommandIO = { out: { write: (t: string) => (result.out += t) }, err: { write: (t: string) => (result.err += t) }, cwd: dir };
  return { stream, result };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are read loosely; the assertions check them
async function api(path: string): Promise<any> {
  const response = await fetch(url + path);
  return response.json();
}

async function runImport(file: string, extra: { map?: string[]; 'dry-run'?: boolean; locale?: string } = {}) {
  const { stream, result } = io();
  const code = await importCommand({ files: [file], url, ...extra }, stream, { env: {}, now: () => NOW });
  return { code, ...result };
}

const broken = ['客户ID,姓名,邮箱,金额,下单时间', 'c1,王小明,wang@example.com,99.5,2026-02-01', 'c2,李雷,not-mail,10,2026-02-03', ',韩梅梅,han@example.com,,', 'c4,"Lee, Ann",ann@example.com,12x,2026-02-04'].join('\r\n');
const fixed = ['客户ID,姓名,邮箱,金额,下单时间', 'c1,王小明,wang@example.com,99.5,2026-02-01', 'c2,李雷,li@example.com,10,2026-02-03', 'c3,韩梅梅,han@example.com,,', 'c4,"Lee, Ann",ann@example.com,12,2026-02-04', 'c1,王小明,,20,2026-02-05'].join('\r\n');

describe('stayflow import', () => {
  it('lists every problem with row, column and reason, and writes nothing', async () => {
    writeFileSync(join(dir, 'broken.csv'), `\uFEFF${broken}\r\n`);
    const result = await runImport('broken.csv', { locale: 'zh-CN' });
    expect(result.code).toBe(1);
    expect(result.out).toContain('3 problems in 3 rows; nothing was written');
    expect(result.out).toMatch(/3 +邮箱 +"not-mail" 不是邮箱地址/);
    expect(result.out).toMatch(/4 +客户ID +客户 ID 为空/);
    expect(result.out).toMatch(/5 +金额 +"12x" 不是金额/);
    expect((await api('/api/customers')).customers).toEqual([]);
  });

  it('checks a clean file on a dry run without writing', async () => {
    writeFileSync(join(dir, 'fixed.csv'), fixed);
    const result = await runImport('fixed.csv', { 'dry-run': true });
    expect(result).toMatchObject({ code: 0 });
    expect(result.out).toContain('5 rows checked: 5 customer rows, 4 orders, no problems.');
    expect(result.out).toContain('Dry run: nothing was written.');
    expect((await api('/api/customers')).customers).toEqual([]);
  });

  it('imports customers and orders, and a second import changes nothing', async () => {
    const first = await runImport('fixed.csv');
    expect(first.code).toBe(0);
    expect(first.out).toContain('4 customers created or updated, 4 new orders');
    expect(first.err).toContain('Imported 5 of 5 rows (100%)');
    const c1 = await api('/api/customers/c1');
    expect(c1.attributes).toMatchObject({ name: '王小明', email: 'wang@example.com' });
    expect(c1.metrics).toMatchObject({ orders: 2, total_spent: 119.5 });
    const again = await runImport('fixed.csv');
    expect(again.out).toContain('0 new orders, 4 orders already there');
    expect((await api('/api/customers/c1')).metrics).toMatchObject({ orders: 2, total_spent: 119.5 });
    expect((await api('/api/customers')).customers).toHaveLength(4);
  });

  it('takes --map overrides and refuses a column the file does not have', async () => {
    writeFileSync(join(dir, 'mapped.csv'), 'ref,Kundenname\r\nm1,Müller\r\n');
    const bad = await runImport('mapped.csv', { map: ['nope=id'] });
    expect(bad).toMatchObject({ code: 2 });
    expect(bad.err).toContain('--map names "nope", which the file\'s first row does not');
    const good = await runImport('mapped.csv', { map: ['ref=id', 'Kundenname=name'] });
    expect(good.code).toBe(0);
    expect((await api('/api/customers/m1')).attributes).toEqual({ name: 'Müller' });
  });

  it('says what to do when the server cannot be reached', async () => {
    const { stream, result } = io();
    const code = await importCommand({ files: ['fixed.csv'], url: 'http://127.0.0.1:9' }, stream, { env: {}, now: () => NOW });
    expect(code).toBe(1);
    expect(result.err).toContain('Cannot reach the server at http://127.0.0.1:9');
  });
});

describe('stayflow export', () => {
  async function runExport(positionals: string[], extra: Record<string, string> = {}, pageSize?: number) {
    const { stream, result } = io();
    const code = await exportCommand({ positionals, url, ...extra, ...(pageSize ? { pageSize } : {}) }, stream, { env: {} });
    return { code, ...result };
  }

  it('writes every customer with a BOM, walking pages, Chinese intact', async () => {
    const result = await runExport(['customers'], { out: 'out/customers.csv', locale: 'zh-CN' });
    expect(result).toMatchObject({ code: 0 });
    expect(result.err).toContain('Wrote 5 rows');
    const text = readFileSync(join(dir, 'out/customers.csv'), 'utf8');
    expect(text.startsWith('\uFEFF客户ID,姓名,邮箱')).toBe(true);
    expect(text).toContain('c1,王小明,wang@example.com,,,,,potential,2,119.5,2026-02-05T00:00:00.000Z');
    expect(text).toContain('c4,"Lee, Ann",ann@example.com');
  });

  it('walks every page of the list (cursor after cursor)', async () => {
    const result = await runExport(['customers'], { out: 'paged.csv' }, 2);
    expect(result.code).toBe(0);
    const ids = readFileSync(join(dir, 'paged.csv'), 'utf8').trim().split('\r\n').slice(1).map((line) => line.split(',')[0]);
    expect(ids).toEqual(['c1', 'c2', 'c3', 'c4', 'm1']);
  });

  it('imports its own export back without change', async () => {
    const result = await runImport('out/customers.csv', { 'dry-run': true });
    expect(result.code).toBe(0);
    expect(result.out).toContain('5 rows checked');
  });

  it('exports the members of a segment and refuses an unknown one', async () => {
    const put = await fetch(`${url}/api/segments/big_spenders`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ if: { '>': [{ var: 'customer.metrics.total_spent' }, 50] } }) });
    expect(put.status).toBe(200);
    const result = await runExport(['segment', 'big_spenders'], { out: 'segment.csv' });
    expect(result.code).toBe(0);
    const lines = readFileSync(join(dir, 'segment.csv'), 'utf8').trim().split('\r\n');
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(['c1']);
    const unknown = await runExport(['segment', 'nope'], { out: 'nope.csv' });
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('There is no segment "nope"');
  });

  it('exports messages and tasks (headers only when empty) and explains a bad command line', async () => {
    expect((await runExport(['messages'])).out).toBe('\uFEFFsent_at,customer_id,playbook,step,channel,status,subject,body\r\n');
    expect((await runExport(['tasks'], { locale: 'zh-CN' })).out.startsWith('\uFEFF任务ID,客户ID')).toBe(true);
    const bad = await runExport(['results']);
    expect(bad).toMatchObject({ code: 2 });
    expect(bad.err).toContain('Name the playbook to export.');
  });

  it('is reachable from the command line', async () => {
    const { stream, result } = io();
    expect(await main(['export', '--help'], stream)).toBe(0);
    expect(result.out).toContain('results PLAYBOOK');
  });
});
