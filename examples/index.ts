import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const playbooksDir = fileURLToPath(new URL('./playbooks/', import.meta.url));

export interface TemplateFile {
  file: string;
  document: unknown;
}

/** Every template playbook shipped in examples/playbooks, parsed. */
export function loadTemplates(): TemplateFile[] {
  return readdirSync(playbooksDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((file) => ({ file, document: JSON.parse(readFileSync(playbooksDir + file, 'utf8')) as unknown }));
}
