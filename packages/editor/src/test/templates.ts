import { loadTemplates as loadTemplateFiles } from '@stayflow/examples';
import type { Playbook } from '@stayflow/playbook';

/** Every template playbook in examples/playbooks, by file name. */
export function loadTemplates(): [string, Playbook][] {
  return loadTemplateFiles().map(({ file, document }) => [file, document as Playbook]);
}

export function loadTemplate(id: string): Playbook {
  const found = loadTemplates().find(([file]) => file === `${id}.json`);
  if (!found) throw new Error(`no template ${id}`);
  return found[1];
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
