/**
 * Regenerates src/schema.ts from the OpenAPI document of the server's Fastify app, built in
 * memory: nothing listens and no server needs to run. `pnpm --filter @stayflow/client generate`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openapiDocument } from '@stayflow/server/src/openapiDocument.ts';
import { generateSchema } from '../src/generateSchema.ts';

const target = join(import.meta.dirname, '../src/schema.ts');
const source = await generateSchema(await openapiDocument());
writeFileSync(target, source);
console.log(`Wrote ${target} (${source.length.toLocaleString('en')} characters).`);
