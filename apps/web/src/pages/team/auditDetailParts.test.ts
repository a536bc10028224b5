import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../i18n/en.ts';
import { zhCN } from '../../i18n/zh-CN.ts';
import { auditDetailParts } from './auditDetailParts.ts';

let english: TFunction;
let chinese: TFunction;

beforeAll(async () => {
  const instance = i18next.createInstance();
  await instance.init({ resources: { en: { app: en }, 'zh-CN': { app: zhCN } }, ns: ['app'], defaultNS: 'app', lng: 'en', interpolation: { escapeValue: false } });
  english = instance.getFixedT('en');
  chinese = instance.getFixedT('zh-CN');
});

const shown = (parts: ReturnType<typeof auditDetailParts>) => parts.map((p) => `${p.label}=${p.value}`);

describe('auditDetailParts', () => {
  it('says what was counted, by action, with the number in the language', () => {
    expect(shown(auditDetailParts('customers.batch', { count: 1200 }, english, 'en'))).toEqual(['Customers=1,200']);
    expect(shown(auditDetailParts('events.ingest', { count: 3 }, chinese, 'zh-CN'))).toEqual(['事件数=3']);
    expect(shown(auditDetailParts('playbook.enroll', { count: 2 }, chinese, 'zh-CN'))).toEqual(['客户数=2']);
  });

  it('shows a Segment-compatible call as the route it used, counted as messages', () => {
    const parts = auditDetailParts('events.ingest', { source: 'segment', call: 'batch', count: 4 }, english, 'en');
    expect(shown(parts)).toEqual(['Route=/api/integrations/segment/v1/batch', 'Messages=4']);
    expect(parts[0]!.raw).toBe(true);
  });

  it('translates roles, task statuses and switches, and keeps names and emails as recorded', () => {
    expect(shown(auditDetailParts('person.create', { email: 'ana@example.com', role: 'admin' }, chinese, 'zh-CN'))).toEqual(['邮箱=ana@example.com', '角色=管理员']);
    expect(shown(auditDetailParts('key.create', { name: 'segment', role: 'ingest' }, english, 'en'))).toEqual(['Name=segment', `Role=${en.roles.name.ingest}`]);
    expect(shown(auditDetailParts('task.update', { status: 'done' }, chinese, 'zh-CN'))).toEqual(['状态=已完成']);
    expect(shown(auditDetailParts('person.update', { disabled: true, role: 'viewer' }, chinese, 'zh-CN'))).toEqual(['访问=已停用', '角色=查看者']);
    expect(shown(auditDetailParts('settings.update', { four_eyes: false }, english, 'en'))).toEqual(['Four-eyes publishing=Off']);
    expect(shown(auditDetailParts('segment.save', { via: 'at_risk_rule' }, chinese, 'zh-CN'))).toEqual(['来自=“流失风险”规则']);
    expect(shown(auditDetailParts('playbook.publish_requested', { approval_id: 'apr_1', superseded: ['apr_0'] }, english, 'en'))).toEqual(['Approval request=apr_1', 'Replaced requests=apr_0']);
  });

  it('shows a key it has no words for as the server sent it, marked raw', () => {
    const parts = auditDetailParts('models.fit', { took_ms: 12 }, chinese, 'zh-CN');
    expect(parts).toEqual([{ label: 'took_ms', value: '12', raw: true, rawLabel: true }]);
    expect(auditDetailParts('models.fit', null, english, 'en')).toEqual([]);
  });

  it('has no Latin words in Chinese labels of known keys', () => {
    const detail = { count: 1, email: 'a@b.co', name: 'n', role: 'editor', status: 'open', disabled: false, four_eyes: true, via: 'at_risk_rule', by: 'P1D', approval_id: 'x', reason: 'r', superseded: [] };
    for (const part of auditDetailParts('person.update', detail, chinese, 'zh-CN')) {
      expect(part.label).not.toMatch(/[A-Za-z]{2}/);
      if (!part.raw) expect(part.value).not.toMatch(/[A-Za-z]{2}/);
    }
  });
});
