import { describe, expect, it } from 'vitest';
import type { PlaybookNode } from '../schema/index.ts';
import { churnPlaybook } from './fixtures.ts';
import { validate } from './validate.ts';

function errorsOf(document: unknown) {
  const result = validate(document);
  return result.errors.map((e) => ({ code: e.code, node: e.node, path: e.path }));
}

function withNodes(nodes: unknown[], edges: unknown[] = []) {
  return { ...churnPlaybook(), nodes, edges };
}

describe('validate', () => {
  it('accepts a well-formed playbook and returns it', () => {
    const result = validate(churnPlaybook());
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('keeps meta on the document, nodes and edges', () => {
    const doc = churnPlaybook();
    doc.meta = { editor: { zoom: 1.2 }, i18n: { 'zh-CN': { name: '流失预警' } } };
    doc.nodes[0]!.meta = { note: 'entry' };
    doc.edges[0]!.meta = { color: 'red' };
    const result = validate(structuredClone(doc));
    expect(result.valid).toBe(true);
    expect(result.valid && result.playbook.meta).toEqual(doc.meta);
  });

  it('rejects a value that is not an object', () => {
    for (const value of [null, 3, 'x', [], true]) {
      expect(errorsOf(value)).toEqual([{ code: 'document.not_object', node: undefined, path: '$' }]);
    }
  });

  it('rejects a document of another format', () => {
    expect(errorsOf({ ...churnPlaybook(), schema: 'stayflow/playbook@2' })[0]?.code).toBe('document.schema');
  });

  it('rejects two triggers, naming the second', () => {
    const doc = churnPlaybook();
    doc.nodes.push({ id: 'start2', type: 'trigger', on: 'manual' });
    expect(errorsOf(doc)).toContainEqual({ code: 'trigger.multiple', node: 'start2', path: '$.nodes[6]' });
  });

  it('rejects a playbook without a trigger', () => {
    const doc = withNodes([{ id: 'a', type: 'exit' }]);
    expect(errorsOf(doc).map((e) => e.code)).toContain('trigger.missing');
  });

  it('rejects a dangling edge, naming its source node', () => {
    const doc = churnPlaybook();
    doc.edges.push({ from: 'call', to: 'ghost' });
    expect(errorsOf(doc)).toContainEqual({ code: 'edge.to_missing', node: 'call', path: '$.edges[5].to' });
  });

  it('rejects an edge from a node that does not exist', () => {
    const doc = churnPlaybook();
    doc.edges.push({ from: 'ghost', to: 'call' });
    expect(errorsOf(doc)).toContainEqual({ code: 'edge.from_missing', node: 'ghost', path: '$.edges[5].from' });
  });

  it('rejects an edge on a port the node does not have', () => {
    const doc = churnPlaybook();
    doc.edges[3] = { from: 'wait_order', to: 'call', port: 'later' };
    const errors = validate(doc).errors;
    expect(errors.map((e) => e.code)).toContain('edge.bad_port');
    expect(errors.find((e) => e.code === 'edge.bad_port')?.message).toContain('event, timeout');
  });

  it('rejects two edges from the same port', () => {
    const doc = churnPlaybook();
    doc.edges.push({ from: 'coupon', to: 'call' });
    expect(errorsOf(doc)).toContainEqual({ code: 'edge.duplicate_port', node: 'coupon', path: '$.edges[5].port' });
  });

  it('rejects a loop without a wait, naming a node in it', () => {
    const tight = churnPlaybook();
    tight.nodes.push({ id: 'check', type: 'condition', if: { has_tag: 'vip' } });
    tight.edges.push({ from: 'call', to: 'check' }, { from: 'check', to: 'call', port: 'true' });
    const cycle = errorsOf(tight).filter((e) => e.code === 'graph.cycle_without_wait');
    expect(cycle).toHaveLength(1);
    expect(['call', 'check']).toContain(cycle[0]!.node);
  });

  it('accepts a loop that passes through a wait', () => {
    const doc = churnPlaybook();
    doc.nodes.push({ id: 'pause', type: 'wait', for: 'P7D' });
    doc.edges.push({ from: 'call', to: 'pause' }, { from: 'pause', to: 'mail' });
    expect(validate(doc).errors).toEqual([]);
  });

  it('says why a condition is malformed, in each language', () => {
    const circular: Record<string, unknown[]> = { and: [true] };
    circular.and!.push(circular);
    const messages = (rule: unknown, locale: 'en' | 'zh-CN') => {
      const doc = churnPlaybook();
      (doc.nodes[0] as Extract<PlaybookNode, { on: 'segment' }>).if = rule;
      return validate(doc, { locale }).errors.filter((e) => e.code === 'logic.malformed').map((e) => e.message);
    };
    expect(messages(circular, 'en')).toEqual(['This condition contains itself, so it can never be evaluated.']);
    expect(messages(circular, 'zh-CN')).toEqual(['这个条件包含了它自身，因此永远无法求值。']);
    expect(messages({ '==': [1, 10n] }, 'en')).toEqual(['This condition contains a value that is not JSON (bigint).']);
    expect(messages({ '==': [1, 10n] }, 'zh-CN')).toEqual(['这个条件包含一个不是 JSON 的值（bigint）。']);
    expect(messages({ and: [true], or: [true] }, 'en')).toEqual(['This condition is not well formed: each operation is an object with exactly one operator.']);
  });

  it('rejects a self-loop on an action', () => {
    const doc = churnPlaybook();
    doc.edges.push({ from: 'call', to: 'call' });
    expect(errorsOf(doc).map((e) => e.code)).toContain('graph.cycle_without_wait');
  });

  it('rejects an unknown operator in a condition, naming the node and the path inside the rule', () => {
    const doc = churnPlaybook();
    (doc.nodes[0] as Extract<PlaybookNode, { on: 'segment' }>).if = { and: [{ frobnicate: [1] }] };
    const error = validate(doc).errors.find((e) => e.code === 'logic.unknown_operator');
    expect(error).toMatchObject({ node: 'start', path: '$.nodes[0].if.and[0].frobnicate' });
    expect(error?.message).toContain('frobnicate');
  });

  it.each([
    ['a bad duration', { id: 'w', type: 'wait', for: '3 days' }, 'duration.invalid', '$.nodes[6].for'],
    ['a negative wait', { id: 'w', type: 'wait', for: '-P3D' }, 'duration.negative', '$.nodes[6].for'],
    ['a wait that is not a duration', { id: 'w', type: 'wait', for: 'three days' }, 'duration.invalid', '$.nodes[6].for'],
    ['a condition with an empty value', { id: 'w', type: 'condition', if: { '>=': [{ var: 'customer.metrics.orders' }, ''] } }, 'logic.empty_value', '$.nodes[6].if[">="][1]'],
    ['a bad time of day', { id: 'w', type: 'wait', untilTime: '25:00' }, 'time.invalid', '$.nodes[6].untilTime'],
    ['a bad offset', { id: 'w', type: 'wait', until: { attribute: 'renewal_date', offset: '-7D' } }, 'offset.invalid', '$.nodes[6].until.offset'],
    ['a wait with two kinds', { id: 'w', type: 'wait', for: 'P1D', untilTime: '09:00' }, 'wait.needs_one', '$.nodes[6]'],
    ['weekdays without a time', { id: 'w', type: 'wait', for: 'P1D', days: ['mon'] }, 'wait.days_without_time', '$.nodes[6].days'],
    ['a bad weekday', { id: 'w', type: 'wait', untilTime: '09:00', days: ['monday'] }, 'field.choice', '$.nodes[6].days[0]'],
    ['split weights that do not add to 100', { id: 'w', type: 'split', variants: [{ port: 'a', weight: 50 }, { port: 'b', weight: 40 }] }, 'split.weights', '$.nodes[6].variants'],
    ['a switch case called default', { id: 'w', type: 'switch', cases: [{ port: 'default', if: true }] }, 'port.reserved', '$.nodes[6].cases[0].port'],
    ['a coupon with no value', { id: 'w', type: 'action', action: 'issue_coupon', valid_for: 'P1D' }, 'coupon.needs_value', '$.nodes[6]'],
    ['a coupon amount without currency', { id: 'w', type: 'action', action: 'issue_coupon', amount: 20 }, 'coupon.needs_currency', '$.nodes[6].currency'],
    ['a webhook without http', { id: 'w', type: 'action', action: 'webhook', url: 'ftp://x' }, 'webhook.url', '$.nodes[6].url'],
    ['an unknown action', { id: 'w', type: 'action', action: 'send_fax' }, 'action.kind', '$.nodes[6].action'],
    ['an unknown node type', { id: 'w', type: 'delay' }, 'node.type', '$.nodes[6].type'],
    ['an unknown field', { id: 'w', type: 'exit', colour: 'red' }, 'field.unknown', '$.nodes[6].colour'],
    ['a missing field', { id: 'w', type: 'wait_event', event: 'x' }, 'field.required', '$.nodes[6].timeout'],
    ['a bad node id', { id: 'w w', type: 'exit' }, 'id.node', '$.nodes[6].id'],
    ['a bad channel', { id: 'w', type: 'action', action: 'send_message', channel: 'fax', template: { body: 'x' } }, 'field.choice', '$.nodes[6].channel'],
  ])('rejects %s', (_name, node, code, path) => {
    const doc = churnPlaybook();
    doc.nodes.push(node as PlaybookNode);
    doc.edges.push({ from: 'call', to: (node as { id: string }).id });
    const errors = errorsOf(doc);
    expect(errors).toContainEqual(expect.objectContaining({ code, path }));
    const match = errors.find((e) => e.code === code && e.path === path);
    if ((node as { id: string }).id === 'w') expect(match?.node).toBe('w');
  });

  it.each([
    ['a cron with six fields', { cron: '0 0 9 * * 1' }],
    ['a cron out of range', { cron: '61 9 * * *' }],
    ['a cron that is not one', { cron: 'every monday' }],
  ])('rejects %s', (_name, fields) => {
    const doc = churnPlaybook();
    doc.nodes[0] = { id: 'start', type: 'trigger', on: 'schedule', ...fields };
    expect(errorsOf(doc)).toContainEqual({ code: 'cron.invalid', node: 'start', path: '$.nodes[0].cron' });
  });

  it('rejects a schedule with both cron and every', () => {
    const doc = churnPlaybook();
    doc.nodes[0] = { id: 'start', type: 'trigger', on: 'schedule', cron: '0 9 * * 1', every: 'P1D' };
    expect(errorsOf(doc).map((e) => e.code)).toContain('schedule.needs_one');
  });

  it('rejects an unknown time zone', () => {
    const doc = churnPlaybook();
    doc.settings = { timezone: 'Mars/Olympus' };
    expect(errorsOf(doc)).toContainEqual({ code: 'timezone.invalid', node: undefined, path: '$.settings.timezone' });
  });

  it('rejects an unknown field on the document and on the settings', () => {
    const doc = { ...churnPlaybook(), nmae: 'typo', settings: { holdot: 5 } };
    const codes = errorsOf(doc);
    expect(codes).toContainEqual({ code: 'field.unknown', node: undefined, path: '$.nmae' });
    expect(codes).toContainEqual({ code: 'field.unknown', node: undefined, path: '$.settings.holdot' });
  });

  it('rejects an unreachable node, naming it', () => {
    const doc = churnPlaybook();
    doc.nodes.push({ id: 'orphan', type: 'action', action: 'add_tag', tag: 'x' });
    expect(errorsOf(doc)).toContainEqual({ code: 'graph.unreachable', node: 'orphan', path: '$.nodes[6]' });
  });

  it('rejects duplicate node ids', () => {
    const doc = churnPlaybook();
    doc.nodes.push({ id: 'call', type: 'exit' });
    expect(errorsOf(doc)).toContainEqual({ code: 'node.duplicate_id', node: 'call', path: '$.nodes[6].id' });
  });

  it('rejects a bad playbook id', () => {
    expect(errorsOf({ ...churnPlaybook(), id: 'Churn Warning' })).toContainEqual({ code: 'id.playbook', node: undefined, path: '$.id' });
  });

  it('rejects a holdout above 50 percent', () => {
    const doc = { ...churnPlaybook(), settings: { holdout: 60 } };
    expect(errorsOf(doc)).toContainEqual({ code: 'field.range', node: undefined, path: '$.settings.holdout' });
  });

  it('warns about unknown placeholders without rejecting the playbook', () => {
    const doc = churnPlaybook();
    doc.nodes[2] = { id: 'mail', type: 'action', action: 'send_message', channel: 'sms', template: { body: 'Hi {{customer.metrics.mood}} {{ order.total }}' } };
    const result = validate(doc);
    expect(result.valid).toBe(true);
    expect(result.warnings.map((w) => [w.code, w.params.placeholder, w.node])).toEqual([
      ['template.unknown_placeholder', 'customer.metrics.mood', 'mail'],
      ['template.unknown_placeholder', 'order.total', 'mail'],
    ]);
  });

  it('rejects a webhook whose host is a placeholder, naming the step and the host in each language', () => {
    const doc = churnPlaybook();
    doc.nodes.push({ id: 'notify', type: 'action', action: 'webhook', label: 'Tell the CRM', url: 'https://{{customer.domain}}/hooks' });
    doc.edges.push({ from: 'call', to: 'notify' });
    const [error] = validate(doc).errors;
    expect(error).toMatchObject({ code: 'webhook.host', node: 'notify', path: '$.nodes[6].url', params: { step: 'Tell the CRM', host: '{{customer.domain}}' } });
    expect(error?.message).toBe(
      'The webhook in step "Tell the CRM" calls the host "{{customer.domain}}", which is not a host name or an IP address. A host cannot contain placeholders, spaces or symbols: write the name of the receiving server, such as crm.example.com.',
    );
    expect(validate(doc, { locale: 'zh-CN' }).errors[0]?.message).toBe(
      '步骤 "Tell the CRM" 的 Webhook 调用的主机 "{{customer.domain}}" 不是有效的主机名或 IP 地址。主机名中不能包含占位符、空格或符号：请填写接收方的域名，例如 crm.example.com。',
    );
  });

  it.each([
    ['a placeholder with spaces', 'https://{{ customer.domain }}/hooks', '{{ customer.domain }}'],
    ['a placeholder inside a name', 'https://{{customer.region}}.crm.example/hooks', '{{customer.region}}.crm.example'],
    ['a space', 'https://crm example.com/hooks', 'crm example.com'],
    ['a symbol', 'https://crm$.example.com/hooks', 'crm$.example.com'],
  ])('rejects a webhook host with %s', (_name, url, host) => {
    const doc = churnPlaybook();
    doc.nodes.push({ id: 'notify', type: 'action', action: 'webhook', url });
    doc.edges.push({ from: 'call', to: 'notify' });
    expect(validate(doc).errors.map((e) => [e.code, e.node, e.params.host])).toEqual([['webhook.host', 'notify', host]]);
  });

  it('accepts placeholders in the path and the query of a webhook URL', () => {
    const doc = churnPlaybook();
    doc.nodes.push({ id: 'notify', type: 'action', action: 'webhook', url: 'https://crm.example.com/customers/{{customer.id}}?ref={{playbook.name}}' });
    doc.edges.push({ from: 'call', to: 'notify' });
    expect(validate(doc).errors).toEqual([]);
  });

  it('names a step by its label in messages, and by its id in `node`', () => {
    const doc = churnPlaybook();
    doc.nodes.push({ id: 'orphan', type: 'exit', label: 'Loose end' });
    const [error] = validate(doc).errors;
    expect(error).toMatchObject({ code: 'graph.unreachable', node: 'orphan', message: 'Step "Loose end" can never be reached from the trigger. Connect it, or delete it.' });
  });

  it('writes messages in Simplified Chinese when asked', () => {
    const doc = churnPlaybook();
    doc.nodes.push({ id: 'orphan', type: 'exit', label: 'Loose end', meta: { i18n: { 'zh-CN': { label: '散落的结束' } } } });
    const [error] = validate(doc, { locale: 'zh-CN' }).errors;
    expect(error?.message).toBe('从触发器永远无法到达步骤 "散落的结束"。请把它连上，或者删除它。');
  });

  it('names a step without a label by its kind, never by its id, in both languages', () => {
    const doc = churnPlaybook();
    doc.nodes.push({ id: 'send_message_1', type: 'action', action: 'send_message', channel: 'email', template: { body: 'Hi' } });
    expect(validate(doc).errors[0]?.message).toBe('Step "Send email" can never be reached from the trigger. Connect it, or delete it.');
    expect(validate(doc, { locale: 'zh-CN' }).errors[0]?.message).toBe('从触发器永远无法到达步骤 "发送邮件"。请把它连上，或者删除它。');
  });

  it('refuses a rule with an empty value, naming the step by its label in both languages', () => {
    const doc = churnPlaybook();
    doc.nodes.push({ id: 'check', type: 'condition', label: 'Loyal?', if: { '>=': [{ var: 'customer.metrics.orders' }, ''] }, meta: { i18n: { 'zh-CN': { label: '老客？' } } } });
    doc.edges.push({ from: 'call', to: 'check' });
    const en = validate(doc);
    expect(en.valid).toBe(false);
    expect(en.errors.map((e) => e.message)).toContain('Step "Loyal?" has a rule on "orders" (>=) with an empty value. Fill in the value, or remove the rule.');
    expect(validate(doc, { locale: 'zh-CN' }).errors.map((e) => e.message)).toContain('步骤 "老客？" 中关于 "orders" 的规则（>=）没有填写值。请填写值，或删除这条规则。');
  });

  it('refuses a negative duration, naming the step, in both languages', () => {
    const doc = churnPlaybook();
    doc.nodes.push({ id: 'w', type: 'wait', label: 'Pause', for: '-P5D' });
    doc.edges.push({ from: 'call', to: 'w' });
    expect(validate(doc).errors[0]?.message).toBe('Step "Pause" has a negative duration (-P5D). A wait or a time limit counts forward: use 0 or more, such as P5D (5 days).');
    expect(validate(doc, { locale: 'zh-CN' }).errors[0]?.message).toContain('步骤 "Pause" 的时长为负数（-P5D）');
  });
});
