import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Playbook } from '@stayflow/playbook';

const DIRECTORY = join(import.meta.dirname, '../../../../examples/playbooks');

/** Every template playbook in examples/playbooks, by file name. */
export function loadTemplates(): [string, Playbook][] {
  return readdirSync(DIRECTORY)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => [name, JSON.parse(readFileSync(join(DIRECTORY, name), 'utf8')) as Playbook]);
}

export function loadTemplate(id: string): Playbook {
  return JSON.parse(readFileSync(join(DIRECTORY, `${id}.json`), 'utf8')) as Playbook;
}

/** Every condition a playbook holds, with where it sits. */
export function conditionsOf(playbook: Playbook): [string, unknown][] {
  const found: [string, unknown][] = [];
  for (const node of playbook.nodes) {
    const record = node as unknown as Record<string, unknown>;
    for (const key of ['if', 'where', 'audience']) if (record[key] !== undefined) found.push([`${node.id}.${key}`, record[key]]);
    if (node.type === 'switch') node.cases.forEach((c) => found.push([`${node.id}.cases.${c.port}`, c.if]));
  }
  if (playbook.settings?.exit_when !== undefined) found.push(['settings.exit_when', playbook.settings.exit_when]);
  if (playbook.settings?.goal?.where !== undefined) found.push(['settings.goal.where', playbook.settings.goal.where]);
  return found;
}
