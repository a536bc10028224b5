import { describe, expect, it } from 'vitest';
import { QUOTED_CHARACTERS, quoteInput, shortenQuoted } from './quoteInput.ts';

describe('quoteInput', () => {
  it('quotes a short value whole, in JSON quotes', () => {
    expect(quoteInput('c-1')).toBe('"c-1"');
    expect(quoteInput('say "hi"\n')).toBe('"say \\"hi\\"\\n"');
    expect(quoteInput(42)).toBe('"42"');
  });

  it('quotes only the start of a long value, with its length', () => {
    const quoted = quoteInput('z'.repeat(1_000_000));
    expect(quoted).toBe(`"${'z'.repeat(QUOTED_CHARACTERS)}…" (1,000,000 characters)`);
  });

  it('never cuts an emoji in half', () => {
    const quoted = quoteInput(`${'a'.repeat(QUOTED_CHARACTERS - 1)}😀😀`);
    expect(quoted).toBe(`"${'a'.repeat(QUOTED_CHARACTERS - 1)}…" (63 characters)`);
  });
});

describe('shortenQuoted', () => {
  it('cuts only the long quoted parts of a message', () => {
    const long = 'x'.repeat(5000);
    expect(shortenQuoted(`The playbook id "${long}" is not valid; see "id".`)).toBe(`The playbook id ${quoteInput(long)} is not valid; see "id".`);
    expect(shortenQuoted('Step "check" has no exit called "yes".')).toBe('Step "check" has no exit called "yes".');
    expect(shortenQuoted(`An odd "quote ${long}`)).toBe(`An odd "quote ${long}`);
  });
});
