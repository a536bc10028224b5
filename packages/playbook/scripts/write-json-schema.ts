// Writes playbook.schema.json from the TypeBox schema, the one source of the format.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { playbookJsonSchema } from '../src/json-schema.ts';

const target = fileURLToPath(new URL('../playbook.schema.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(playbookJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
