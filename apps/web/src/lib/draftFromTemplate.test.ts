import type { Playbook } from '@stayflow/playbook';
import { describe, expect, it } from 'vitest';
import { draftFromTemplate } from './draftFromTemplate.ts';

const template: Playbook = {
  schema: 'stayflow/playbook@1',
  id: 'thanks',
  name: 'Thank-you note',
  meta: { i18n: { 'zh-CN': { name: '感谢信' } } },
  nodes: [
    { id: 'start', type: 'trigger', on: 'manual', label: 'Started by hand', meta: { i18n: { 'zh-CN': { label: '手动开始' } } } },
    {
      id: 'note',
      type: 'action',
      action: 'send_message',
      channel: 'email',
      template: { subject: 'Thank you', body: 'Thanks, {{customer.name}}!' },
      meta: { i18n: { 'zh-CN': { template: { subject: '谢谢您', body: '{{customer.name}}，谢谢！' } } } },
    },
  ],
  edges: [{ from: 'start', to: 'note' }],
};

describe('draftFromTemplate', () => {
  it('gives a draft in the operator’s language under a free id', () => {
    const zh = draftFromTemplate(template, ['thanks'], 'zh-CN');
    expect(zh.id).toBe('thanks-2');
    expect(zh.name).toBe('感谢信');
    expect(zh.nodes[0]!.label).toBe('手动开始');
    expect(zh.nodes[1]).toMatchObject({ template: { subject: '谢谢您', body: '{{customer.name}}，谢谢！' } });
  });

  it('keeps the English template in English', () => {
    const en = draftFromTemplate(template, [], 'en');
    expect(en).toEqual({ ...template, meta: { ...template.meta, template: 'thanks' } });
  });

  it('names the template in meta.template, under whatever id the draft gets', () => {
    expect(draftFromTemplate(template, ['thanks', 'thanks-2'], 'zh-CN').meta).toMatchObject({ template: 'thanks', i18n: template.meta!.i18n });
  });
});
