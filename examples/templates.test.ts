import { NODE_TYPES, validate, type Playbook } from '@stayflow/playbook';
import { describe, expect, it } from 'vitest';
import { loadTemplates } from './index.ts';

const templates = loadTemplates();

describe('template playbooks', () => {
  it('ships at least twelve templates', () => {
    expect(templates.length).toBeGreaterThanOrEqual(12);
  });

  it.each(templates.map((t) => [t.file, t.document] as const))('%s is valid, warning-free and named after its id', (file, document) => {
    const result = validate(document);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(`${(document as Playbook).id}.json`).toBe(file);
  });

  it.each(templates.map((t) => [t.file, t.document as Playbook] as const))('%s has a Chinese name, description, step labels (where a step has a name of its own), message copy and task titles', (_file, document) => {
    const zh = (document.meta?.i18n as Record<string, { name?: string; description?: string }> | undefined)?.['zh-CN'];
    expect(zh?.name).toBeTruthy();
    expect(zh?.description).toBeTruthy();
    for (const node of document.nodes) {
      const texts = (node.meta?.i18n as Record<string, { label?: string; title?: string; template?: { body?: string } }> | undefined)?.['zh-CN'];
      // A step named in no language takes its name from its settings (playbook README, "Step names").
      if (node.label !== undefined) expect(texts?.label, node.id).toBeTruthy();
      else expect(texts?.label, node.id).toBeUndefined();
      if (node.type === 'action' && node.action === 'send_message') expect(texts?.template?.body, node.id).toBeTruthy();
      if (node.type === 'action' && node.action === 'create_task') expect(texts?.title, node.id).toBeTruthy();
    }
  });

  it('together use every node type', () => {
    const used = new Set(templates.flatMap((t) => (t.document as Playbook).nodes.map((n) => n.type)));
    expect([...used].sort()).toEqual([...NODE_TYPES].sort());
  });
});
