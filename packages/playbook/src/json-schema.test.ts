import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { playbookJsonSchema } from './json-schema.ts';

describe('playbook.schema.json', () => {
  it('is up to date with the TypeBox schema (run `pnpm --filter @stayflow/playbook schema`)', () => {
    const committed = JSON.parse(readFileSync(new URL('../playbook.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(playbookJsonSchema());
  });
});
