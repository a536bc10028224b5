import { describe, expect, it } from 'vitest';
import { validate, type Playbook } from '@stayflow/playbook';
import { translatorFor } from '../i18n/translate.ts';
import { issueMessage } from './issueMessage.ts';

const draft = {
  schema: 'stayflow/playbook@1',
  id: 'draft',
  name: 'Draft',
  nodes: [
    { id: 'start', type: 'trigger', on: 'segment', if: { and: [] } },
    { id: 'mail', type: 'action', action: 'send_message', channel: 'email', template: { subject: '', body: '' } },
    { id: 'set', type: 'action', action: 'update_customer', set: {} },
    { id: 'wait', type: 'wait', for: 'soon' },
  ],
  edges: [
    { from: 'start', to: 'mail' },
    { from: 'mail', to: 'set' },
    { from: 'set', to: 'wait' },
  ],
} as Playbook;

describe('issueMessage', () => {
  const messages = (locale: 'en' | 'zh-CN') => validate(draft, { locale }).errors.map((issue) => issueMessage(issue, translatorFor(locale)));

  it('speaks in terms of the form for empty fields and conditions', () => {
    expect(messages('en')).toEqual([
      'This condition has no rules yet. Add at least one rule.',
      'Fill in “Message”.',
      'Add at least one field to update.',
      expect.stringContaining('"soon" is not a duration'),
    ]);
    expect(messages('zh-CN').slice(0, 2)).toEqual(['这个条件还没有任何规则，请至少添加一条。', '请填写“消息内容”。']);
  });
});
