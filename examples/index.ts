import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// A path from the module's folder (not its URL): test environments such as jsdom give modules non-file URLs.
const playbooksDir = join(import.meta.dirname, 'playbooks');

export interface TemplateFile {
  file: string;
  document: unknown;
}

/** Every template playbook shipped in examples/playbooks, parsed. */
export function loadTemplates(): TemplateFile[] {
  return readdirSync(playbooksDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((file) => ({ file, document: JSON.parse(readFileSync(join(playbooksDir, file), 'utf8')) as unknown }));
}
