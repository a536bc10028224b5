import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { zhCN } from './zh-CN.ts';

const PLURAL = /_(zero|one|two|few|many|other)$/;

function keys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

/** Keys without plural suffixes: Chinese has only `_other` where English has `_one` and `_other`. */
const base = (all: string[]) => new Set(all.filter((k) => !k.startsWith('serverErrors.')).map((k) => k.replace(PLURAL, '')));

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('app texts', () => {
  it('has the same texts in English and Chinese', () => {
    const english = base(keys(en));
    const chinese = base(keys(zhCN));
    expect([...english].filter((k) => !chinese.has(k)), 'missing in zh-CN').toEqual([]);
    expect([...chinese].filter((k) => !english.has(k)), 'missing in en').toEqual([]);
  });

  it('gives Chinese plurals the _other form that i18next uses for zh', () => {
    const plural = keys(en).filter((k) => k.endsWith('_other'));
    const chinese = new Set(keys(zhCN));
    expect(plural.filter((k) => !chinese.has(k))).toEqual([]);
  });

  it('defines every literal key the app asks for', () => {
    const src = fileURLToPath(new URL('..', import.meta.url));
    const known = base(keys(en));
    const missing: string[] = [];
    for (const file of sourceFiles(src)) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bt\(\s*'([a-zA-Z][\w.]*)'/g)) if (!known.has(match[1]!)) missing.push(`${match[1]} (${file.slice(src.length)})`);
    }
    expect(missing).toEqual([]);
  });
});
