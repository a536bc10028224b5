import type { Playbook } from '@stayflow/playbook';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeCron, describeNode, describeTrigger, findTrigger, portName } from './describePlaybook.ts';

const folder = fileURLToPath(new URL('../../../../examples/playbooks/', import.meta.url));
const templates: Playbook[] = readdirSync(folder)
  .filter((file) => file.endsWith('.json'))
  .map((file) => JSON.parse(readFileSync(folder + file, 'utf8')) as Playbook);

describe('describeTrigger', () => {
  it('describes every shipped template’s trigger in both languages, without raw JSON', () => {
    expect(templates.length).toBeGreaterThan(5);
    for (const template of templates) {
      for (const locale of ['en', 'zh-CN'] as const) {
        const text = describeTrigger(findTrigger(template), locale);
        expect(text, template.id).not.toBe('');
        expect(text, template.id).not.toMatch(/[{}[\]]/);
      }
    }
  });

  it('reads typical triggers naturally', () => {
    expect(describeTrigger({ id: 's', type: 'trigger', on: 'event', event: 'order_placed' }, 'en')).toBe('When a customer places an order');
    expect(describeTrigger({ id: 's', type: 'trigger', on: 'event', event: 'nps_submitted' }, 'zh-CN')).toBe('客户提交 NPS 评分时');
    expect(describeTrigger({ id: 's', type: 'trigger', on: 'date', attribute: 'birthday', at: '09:00', yearly: true }, 'en')).toBe('On the customer’s birthday at 09:00, every year');
    expect(describeTrigger({ id: 's', type: 'trigger', on: 'date', attribute: 'renewal_date', offset: '-P7D', at: '10:00' }, 'en')).toBe('7 days before the customer’s renewal date at 10:00');
    expect(describeTrigger({ id: 's', type: 'trigger', on: 'date', attribute: 'renewal_date', offset: '-P7D', at: '10:00' }, 'zh-CN')).toBe('续费日期前 7 天 10:00');
    expect(describeTrigger({ id: 's', type: 'trigger', on: 'schedule', every: 'P30D' }, 'en')).toBe('Every 30 days, for every customer');
    expect(describeTrigger(undefined, 'en')).toBe('No trigger yet');
  });
});

describe('describeCron', () => {
  it('reads the common shapes', () => {
    expect(describeCron('0 9 * * *', 'en')).toBe('every day at 09:00');
    expect(describeCron('0 9 1 1 *', 'en')).toBe('every year on 1 January at 09:00');
    expect(describeCron('0 10 8 * *', 'zh-CN')).toBe('每月 8 日 10:00');
    expect(describeCron('30 8 * * 1-5', 'en')).toBe('every Monday, Tuesday, Wednesday, Thursday and Friday at 08:30');
    expect(describeCron('*/5 * * * *', 'en')).toBe('on the schedule “*/5 * * * *”');
  });
});

describe('steps', () => {
  it('describes steps without labels', () => {
    expect(describeNode({ id: 'w', type: 'wait', for: 'P3D' }, 'en')).toBe('Wait 3 days');
    expect(describeNode({ id: 'w', type: 'wait', for: 'P3D' }, 'zh-CN')).toBe('等待 3 天');
    expect(describeNode({ id: 'c', type: 'action', action: 'issue_coupon', percent: 15, valid_for: 'P7D' }, 'en')).toBe('Issue a 15% off coupon (valid 7 days)');
    expect(describeNode({ id: 'c', type: 'action', action: 'issue_coupon', percent: 15, valid_for: 'P7D' }, 'zh-CN')).toBe('发放 85 折券（7 天内有效）');
    expect(describeNode({ id: 'e', type: 'wait_event', event: 'order_placed', timeout: 'P14D' }, 'en')).toBe('Wait up to 14 days until the customer places an order');
  });

  it('names branches', () => {
    const condition = { id: 'c', type: 'condition' as const, if: true };
    expect(portName(condition, 'true', 'en')).toBe('Yes');
    expect(portName(condition, 'false', 'zh-CN')).toBe('否');
    expect(portName(condition, 'next', 'en')).toBe('');
    expect(portName({ id: 's', type: 'split', variants: [{ port: 'plan_a', weight: 50, label: 'Plan A' }, { port: 'plan_b', weight: 50 }] }, 'plan_b', 'en')).toBe('plan_b · 50%');
  });
});
