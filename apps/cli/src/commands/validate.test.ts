import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CommandIO } from '../io.ts';
import { main } from '../main.ts';

function run(argv: string[], cwd: string) {
  let out = '';
  let err = '';
  const io: CommandIO = { out: { write: (t: string) => (out += t) }, err: { write: (t: string) => (err += t) }, cwd };
  return main(argv, io).then((code) => ({ code, out, err }));
}

const valid = {
  schema: 'stayflow/playbook@1',
  id: 'hello',
  name: 'Hello',
  nodes: [
    { id: 'start', type: 'trigger', on: 'manual' },
    { id: 'tag', type: 'action', action: 'add_tag', tag: 'greeted' },
  ],
  edges: [{ from: 'start', to: 'tag' }],
};

function folderWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'stayflow-cli-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('stayflow validate', () => {
  it('passes valid files with exit code 0', async () => {
    const dir = folderWith({ 'a.json': JSON.stringify(valid) });
    const result = await run(['validate', 'a.json'], dir);
    expect(result.code).toBe(0);
    expect(result.out).toContain('✓ a.json');
  });

  it('prints each error with its node and path and exits 1', async () => {
    const broken = { ...valid, nodes: [...valid.nodes, { id: 'orphan', type: 'exit' }] };
    const dir = folderWith({ 'a.json': JSON.stringify(valid), 'b.json': JSON.stringify(broken) });
    const result = await run(['validate', 'a.json', 'b.json'], dir);
    expect(result.code).toBe(1);
    expect(result.out).toContain('✗ b.json');
    expect(result.out).toMatch(/graph\.unreachable\s+node "orphan"\s+\$\.nodes\[2\]/);
    expect(result.out).toContain('1 of 2 valid');
  });

  it('explains files that are missing or not JSON', async () => {
    const dir = folderWith({ 'bad.json': '{ "schema": ' });
    const result = await run(['validate', 'bad.json', 'missing.json'], dir);
    expect(result.code).toBe(1);
    expect(result.out).toContain('bad.json: is not valid JSON');
    expect(result.out).toContain('missing.json: file not found');
  });

  it('speaks Chinese with --locale zh-CN', async () => {
    const dir = folderWith({ 'b.json': JSON.stringify({ ...valid, nodes: [...valid.nodes, { id: 'orphan', type: 'exit' }] }) });
    const result = await run(['validate', '--locale', 'zh-CN', 'b.json'], dir);
    expect(result.out).toContain('从触发器永远无法到达步骤 "结束"');
  });

  it('answers JSON with --json', async () => {
    const dir = folderWith({ 'a.json': JSON.stringify(valid) });
    const result = await run(['validate', '--json', 'a.json'], dir);
    expect(JSON.parse(result.out)).toEqual([{ file: 'a.json', valid: true, errors: [], warnings: [] }]);
  });

  it('rejects a missing file list, an unknown option and an unknown command with exit 2', async () => {
    expect((await run(['validate'], '.')).code).toBe(2);
    const unknownOption = await run(['validate', '--strict', 'a.json'], '.');
    expect(unknownOption.code).toBe(2);
    expect(unknownOption.err).toContain("Unknown option '--strict'");
    expect((await run(['frobnicate'], '.')).code).toBe(2);
  });
});
