import { describe, expect, it } from 'vitest';
import { editorResources, type EditorLocale } from './editorResources.ts';
import { bundledI18n, memoisedTranslator, translatorFor, translatorOf, type Translate, type TranslateVars } from './translate.ts';

/** Every key of a resource tree with the variables its sentence (or any of its plural forms) uses. */
function sentences(tree: object, prefix = ''): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  for (const [name, value] of Object.entries(tree)) {
    if (value !== null && typeof value === 'object') {
      for (const [key, vars] of sentences(value as object, `${prefix}${name}.`)) found.set(key, vars);
      continue;
    }
    const key = `${prefix}${name}`.replace(/_(zero|one|two|few|many|other)$/, '');
    const vars = found.get(key) ?? new Set<string>();
    for (const match of String(value).matchAll(/\{\{\s*(\w+)\s*\}\}/g)) vars.add(match[1]!);
    found.set(key, vars);
  }
  return found;
}

// Values a naive fill would get wrong: replacement patterns, a slot marker, braces, a number.
const TRICKY = ['Wait 3 days', '$& and $1', '\uE0000\uE001', '{{from}}', 42];

describe('the memoised translator', () => {
  it.each(['en', 'zh-CN'] as EditorLocale[])('gives what i18next gives for every editor sentence in %s, whatever the values and counts', (locale) => {
    const direct = translatorOf(bundledI18n(), locale);
    const memoised = memoisedTranslator(direct);
    const keys = sentences(editorResources[locale]);
    expect(keys.size).toBeGreaterThan(100);
    for (const [key, names] of keys) {
      for (let round = 0; round < TRICKY.length; round++) {
        const vars: TranslateVars = Object.fromEntries([...names].map((name, index) => [name, TRICKY[(round + index) % TRICKY.length]!]));
        if (names.has('count')) for (const count of [0, 1, 2, 5]) expect(memoised(key, { ...vars, count })).toBe(direct(key, { ...vars, count }));
        else expect(memoised(key, vars)).toBe(direct(key, vars));
        if (names.size === 0) expect(memoised(key)).toBe(direct(key));
      }
    }
  });

  it('asks i18next once per sentence, not once per call', () => {
    let asked = 0;
    const direct = translatorOf(bundledI18n(), 'en');
    const memoised = memoisedTranslator((key, vars) => (asked++, direct(key, vars)));
    for (let i = 0; i < 100; i++) expect(memoised('canvas.edgeAria', { from: `Step ${i}`, to: 'Exit' })).toBe(direct('canvas.edgeAria', { from: `Step ${i}`, to: 'Exit' }));
    expect(asked).toBe(1);
    // A plural's form depends on the count: each count is its own sentence.
    expect(memoised('duration.days', { count: 1 })).toBe('1 day');
    expect(memoised('duration.days', { count: 3 })).toBe('3 days');
    expect(asked).toBe(3);
  });

  it('passes calls using an i18next option straight through', () => {
    const calls: (TranslateVars | undefined)[] = [];
    const memoised = memoisedTranslator((key, vars) => (calls.push(vars), key));
    memoised('title.condition', { context: 'male', name: 'x' });
    memoised('title.condition', { context: 'male', name: 'x' });
    expect(calls).toEqual([
      { context: 'male', name: 'x' },
      { context: 'male', name: 'x' },
    ]);
  });

  it('starts again past its limit and still answers right', () => {
    const direct: Translate = (key, vars) => `${key}:${vars?.count ?? ''}`;
    const memoised = memoisedTranslator(direct, 3);
    for (let count = 0; count < 10; count++) expect(memoised('k', { count })).toBe(`k:${count}`);
  });

  it('is what the canvas uses', () => {
    expect(translatorFor('zh-CN')('duration.days', { count: 3 })).toBe('3 天');
    expect(translatorFor('en')('canvas.edgeAria', { from: 'A', to: 'B' })).toBe(translatorOf(bundledI18n(), 'en')('canvas.edgeAria', { from: 'A', to: 'B' }));
  });
});
