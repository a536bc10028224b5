import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CommandIO } from '../io.ts';
import { main } from '../main.ts';
import { demoDataCommand, type DemoDataCommandOptions } from './demoData.ts';

function capture(cwd = tmpdir()) {
  const result = { out: '', err: '' };
  const io: CommandIO = { out: { write: (text: string) => (result.out += text) }, err: { write: (text: string) => (result.err += text) }, cwd };
  return { io, result };
}

function run(options: DemoDataCommandOptions, cwd?: string) {
  const { io, result } = capture(cwd);
  return { code: demoDataCommand(options, io), ...result };
}

const NOW = '2025-06-01T04:00:00Z';

describe('stayflow demo-data', () => {
  it('writes JSON Lines to standard output and a summary to standard error', () => {
    const result = run({ customers: '20', seed: '5', now: NOW });
    expect(result.code).toBe(0);
    const records = result.out.trimEnd().split('\n').map((line) => JSON.parse(line) as { kind: string });
    expect(records.filter((record) => record.kind === 'customer')).toHaveLength(20);
    expect(result.err).toContain(`Wrote 20 customers and ${records.length - 20} events to standard output (seed 5, now ${NOW}).`);
    expect(result.err).toMatch(/ecommerce\s+\d/);
    expect(result.err).toContain('order_placed');
  });

  it('gives the same file for the same seed and now, and uses seed 42 by default', () => {
    const first = run({ customers: '30', now: NOW });
    expect(run({ customers: '30', seed: '42', now: NOW }).out).toBe(first.out);
    expect(run({ customers: '30', seed: '43', now: NOW }).out).not.toBe(first.out);
  });

  it('writes --out relative to the working folder, creating missing folders', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'stayflow-demo-'));
    const result = run({ customers: '10', now: NOW, out: 'examples/data/demo.jsonl' }, cwd);
    expect(result.code).toBe(0);
    expect(result.out).toBe('');
    expect(result.err).toContain('to examples/data/demo.jsonl');
    const lines = readFileSync(join(cwd, 'examples/data/demo.jsonl'), 'utf8').trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(10);
    expect(readdirSync(join(cwd, 'examples/data'))).toEqual(['demo.jsonl']);
  });

  it('uses the current time when --now is not given', () => {
    const result = run({ customers: '1' });
    expect(result.code).toBe(0);
    const now = /now (\S+)\)/.exec(result.err)?.[1] ?? '';
    expect(Math.abs(Date.parse(now) - new Date().getTime())).toBeLessThan(60_000);
  });

  it.each([
    [{}, '--customers is required'],
    [{ customers: 'abc' }, '--customers must be a whole number from 1 to 1000000, got "abc".'],
    [{ customers: '0' }, 'got "0"'],
    [{ customers: '-5' }, 'got "-5"'],
    [{ customers: '2.5' }, 'got "2.5"'],
    [{ customers: '5000000' }, 'got "5000000"'],
    [{ customers: '10', seed: 'x' }, '--seed must be a whole number from 0 to 4294967295, got "x".'],
    [{ customers: '10', now: 'yesterday' }, '--now must be a date (2025-06-01) or a date-time with Z or an offset'],
    [{ customers: '10', now: '2025-06-01T09:00:00' }, 'got "2025-06-01T09:00:00"'],
  ] as const)('refuses %o with a clear error and exit code 2', (options, message) => {
    const result = run(options);
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err).toContain(message);
    expect(result.err).toContain('stayflow demo-data --help');
  });

  it('reports a file it cannot write with exit code 1 and leaves nothing behind', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'stayflow-demo-'));
    writeFileSync(join(cwd, 'taken'), 'a file, not a folder');
    const result = run({ customers: '3', now: NOW, out: 'taken/demo.jsonl' }, cwd);
    expect(result.code).toBe(1);
    expect(result.err).toContain('Cannot write taken/demo.jsonl: part of the path is a file, not a folder.');
    expect(readdirSync(cwd)).toEqual(['taken']);
  });

  it('is wired into the command line with its own help', async () => {
    const help = capture();
    expect(await main(['demo-data', '--help'], help.io)).toBe(0);
    expect(help.result.out).toContain('Usage: stayflow demo-data --customers N');
    const usage = capture();
    await main(['--help'], usage.io);
    expect(usage.result.out).toContain('demo-data');
    const typo = capture();
    expect(await main(['demo-data', '--customer', '5'], typo.io)).toBe(2);
    expect(typo.result.err).toContain("Unknown option '--customer'");
    const cwd = mkdtempSync(join(tmpdir(), 'stayflow-demo-'));
    const wired = capture(cwd);
    expect(await main(['demo-data', '--customers', '2', '--now', NOW, '-o', 'out.jsonl'], wired.io)).toBe(0);
    expect(existsSync(join(cwd, 'out.jsonl'))).toBe(true);
  });
});
