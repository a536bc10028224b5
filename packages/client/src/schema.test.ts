import { openapiDocument } from '@stayflow/server/src/openapiDocument.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSchema } from './generateSchema.ts';

describe('the checked-in client types', () => {
  it('are what the server’s current OpenAPI document generates (else: pnpm --filter @stayflow/client generate)', async () => {
    const current = await generateSchema(await openapiDocument());
    const checkedIn = readFileSync(join(import.meta.dirname, 'schema.ts'), 'utf8');
    // One assertion with a short message: a diff of 300 kB of types helps nobody; the command above fixes it.
    expect(checkedIn === current, 'src/schema.ts is stale: run `pnpm --filter @stayflow/client generate` and commit the result').toBe(true);
  }, 60_000);
});
