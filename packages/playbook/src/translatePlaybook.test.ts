import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Playbook } from './schema/index.ts';
import { translatedText, translatePlaybook } from './translatePlaybook.ts';
import { validate } from './validate/validate.ts';

const templates = new URL('../../../examples/playbooks/', import.meta.url);
const load = (file: string) => JSON.parse(readFileSync(new URL(file, templates), 'utf8')) as Playbook;

describe('translatePlaybook', () => {
  it('puts the Chinese name, description, labels and message copy in place', () => {
    const winBack = load('win-back.json');
    const zh = translatePlaybook(winBack, 'zh-CN');
    expect(zh.name).toBe('流失召回');
    expect(zh.description).toContain('三步召回');
    const email = zh.nodes.find((node) => node.id === 'miss_you_email')!;
    expect(email.label).toBe('“想念您”邮件');
    expect(email.type === 'action' && email.action === 'send_message' && email.template.subject).toMatch(/^好久不见/);
    const call = zh.nodes.find((node) => node.id === 'personal_call_task')!;
    expect(call.type === 'action' && call.action === 'create_task' && call.title).toBe('专人召回电话——高价值客户仍未回来');
    // The template itself is untouched.
    expect(winBack.name).toBe('Win-back series');
  });

  it('keeps what has no translation, and English as it is', () => {
    const playbook: Playbook = {
      schema: 'stayflow/playbook@1',
      id: 'p',
      name: 'Plain',
      nodes: [{ id: 'start', type: 'trigger', on: 'manual', label: 'Start', meta: { i18n: { 'zh-CN': { label: '' } } } }],
      edges: [],
    };
    expect(translatePlaybook(playbook, 'zh-CN')).toEqual(playbook);
    expect(translatePlaybook(load('win-back.json'), 'en')).toEqual(load('win-back.json'));
  });

  it.each(readdirSync(templates).filter((file) => file.endsWith('.json')))('keeps %s valid in Chinese', (file) => {
    const zh = translatePlaybook(load(file), 'zh-CN');
    expect(validate(zh).errors).toEqual([]);
  });
});

describe('translatedText', () => {
  const meta = { i18n: { 'zh-CN': { name: '流失召回', label: '  ', title: 42, template: { subject: '好久不见', body: '' } } } };

  it('reads a translation, reaching into the message for template fields', () => {
    expect(translatedText(meta, 'zh-CN', 'name')).toBe('流失召回');
    expect(translatedText(meta, 'zh-CN', 'template.subject')).toBe('好久不见');
  });

  it('counts blank, non-text and absent translations as missing', () => {
    expect(translatedText(meta, 'zh-CN', 'label')).toBeUndefined();
    expect(translatedText(meta, 'zh-CN', 'title')).toBeUndefined();
    expect(translatedText(meta, 'zh-CN', 'template.body')).toBeUndefined();
    expect(translatedText(meta, 'zh-CN', 'description')).toBeUndefined();
    expect(translatedText(meta, 'en', 'name')).toBeUndefined();
    expect(translatedText(undefined, 'zh-CN', 'name')).toBeUndefined();
    expect(translatedText({ i18n: { 'zh-CN': 'oops' } }, 'zh-CN', 'name')).toBeUndefined();
  });
});
