import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { checkCsv, importCsv, type ImportBatch } from './importCsv.ts';
import { previewCsv } from './previewCsv.ts';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const file = '\uFEFFid,name,email,amount,ordered_at\r\nc1,"Lee, Ann",ann@example.com,10,2026-01-01\r\nc1,"Lee, Ann",,20,2026-01-02\r\n\r\nc2,张伟,zhang@example.com,,\r\n';

describe('checkCsv', () => {
  it('counts rows and orders of a clean file, stripping the byte-order mark', async () => {
    const check = await checkCsv(file, { now: NOW });
    expect(check).toMatchObject({ headers: ['id', 'name', 'email', 'amount', 'ordered_at'], rows: 3, validRows: 3, orders: 2, errorCount: 0 });
  });

  it('numbers errors as a spreadsheet numbers rows (blank rows and quoted line breaks included)', async () => {
    const broken = 'id,email\r\nc1,"multi\nline"\r\n\r\nc3,nope\r\n,x@example.com\r\nc5,"unclosed\r\n';
    const check = await checkCsv(broken, { now: NOW, locale: 'en' });
    expect(check.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [2, 'email', 'csv.email'],
      [4, 'email', 'csv.email'],
      [5, 'id', 'csv.id_missing'],
      [6, '', 'csv.quotes'],
    ]);
    expect(check.rowsWithErrors).toBe(4);
  });

  it('stops at the header when the mapping cannot work', async () => {
    const check = await checkCsv('email\r\na@example.com\r\n', { now: NOW });
    expect(check.errors.map((e) => e.code)).toEqual(['csv.no_id_column']);
    expect(check.rows).toBe(0);
  });

  it('calls an empty file and a file with only its header problems', async () => {
    expect((await checkCsv('', { now: NOW })).errors.map((e) => [e.row, e.code])).toEqual([[1, 'csv.empty_file']]);
    expect((await checkCsv('id,email\r\n', { now: NOW })).errors.map((e) => [e.row, e.code])).toEqual([[2, 'csv.no_rows']]);
  });

  it('takes operator overrides by header', async () => {
    const check = await checkCsv('ref,mail\r\nc1,a@example.com\r\n', { now: NOW, overrides: { ref: 'id', mail: 'attribute:email' } });
    expect(check.mapping).toEqual(['id', 'attribute:email']);
    expect(check.errorCount).toBe(0);
  });
});

describe('importCsv', () => {
  it('streams a Node file in batches, merging a customer within a batch, waiting for each write', async () => {
    const lines = ['id,name,amount,ordered_at'];
    for (let i = 0; i < 1200; i++) lines.push(`c${i},客户${i},${i}.5,2026-01-01`);
    const batches: ImportBatch[] = [];
    let writing = false;
    const summary = await importCsv(Readable.from([lines.join('\n')]), {
      now: NOW,
      batchSize: 500,
      async send(batch) {
        expect(writing).toBe(false);
        writing = true;
        await new Promise((resolve) => setTimeout(resolve, 5));
        writing = false;
        batches.push(batch);
      },
    });
    expect(summary).toEqual({ rows: 1200, customers: 1200, orders: 1200, batches: 3 });
    expect(batches.map((b) => b.customers.length)).toEqual([500, 500, 200]);
    expect(batches[2]!.customers.at(-1)).toEqual({ id: 'c1199', attributes: { name: '客户1199' } });
  });

  it('merges repeated customers and keeps each order', async () => {
    const batches: ImportBatch[] = [];
    await importCsv(file, { now: NOW, send: async (b) => void batches.push(b) });
    expect(batches).toHaveLength(1);
    expect(batches[0]!.customers).toEqual([
      { id: 'c1', attributes: { name: 'Lee, Ann', email: 'ann@example.com' } },
      { id: 'c2', attributes: { name: '张伟', email: 'zhang@example.com' } },
    ]);
    expect(batches[0]!.orders.map((o) => o.properties.amount)).toEqual([10, 20]);
  });

  it('refuses to write a row with a problem', async () => {
    await expect(importCsv('id,email\r\nc1,bad\r\n', { now: NOW, send: async () => {} })).rejects.toThrow('Row 2, email: "bad" is not an email address');
  });
});

describe('previewCsv', () => {
  it('answers the header, the guesses and the first rows', async () => {
    const preview = await previewCsv(file, 2);
    expect(preview.guesses).toEqual(['id', 'attribute:name', 'attribute:email', 'order.amount', 'order.at']);
    expect(preview.rows).toEqual([
      ['c1', 'Lee, Ann', 'ann@example.com', '10', '2026-01-01'],
      ['c1', 'Lee, Ann', '', '20', '2026-01-02'],
    ]);
  });
});
