import { checkLogic } from '@stayflow/logic';
import { Cron } from 'croner';
import { isKnownPlaceholder } from '../context.ts';
import { isValidTimeZone } from '../duration.ts';
import type { IssueList, PathSegment } from '../issue.ts';
import type { MessageCode } from '../messages.ts';
import type { PlaybookNode, Settings } from '../schema/index.ts';
import { findEmptyValues } from './emptyValues.ts';
import { stepName } from '../stepName.ts';
import { parseTemplate } from '../template.ts';
import { readWebhookUrl } from '../webhookUrl.ts';

/** The step an issue belongs to: its id (for the issue) and its name (for the sentence). */
type Where = { node?: string; step?: string };

export function checkLogicAt(rule: unknown, path: readonly PathSegment[], issues: IssueList, where: Where = {}): void {
  const node = where.node === undefined ? {} : { node: where.node };
  for (const empty of findEmptyValues(rule)) {
    const params = { field: empty.field, operator: empty.operator, ...(where.step === undefined ? { reason: 'no_step' } : { step: where.step }) };
    issues.error('logic.empty_value', [...path, ...empty.path], params, node);
  }
  for (const found of checkLogic(rule)) {
    const params: Record<string, string | number> = { operator: found.operator ?? '' };
    for (const [key, value] of Object.entries(found.params ?? {})) {
      params[key] = typeof value === 'number' ? value : String(value);
    }
    issues.error(found.code as MessageCode, [...path, ...found.path], params, node);
  }
}

export function checkTemplateAt(text: string, path: readonly PathSegment[], issues: IssueList, where: Where = {}): void {
  const parsed = parseTemplate(text);
  if (parsed.unclosed) issues.warn('template.unclosed', path, {}, where);
  for (const part of parsed.parts) {
    if (part.kind === 'placeholder' && !isKnownPlaceholder(part.path)) {
      issues.warn('template.unknown_placeholder', path, { placeholder: part.raw.trim() }, where);
    }
  }
}

export function checkCron(expression: string, path: readonly PathSegment[], issues: IssueList, where: Where): void {
  const fields = expression.trim().split(/\s+/);
  if (fields.length !== 5) {
    issues.error('cron.invalid', path, { value: expression, reason: `it has ${fields.length} fields, not 5` }, where);
    return;
  }
  try {
    new Cron(expression, { paused: true });
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/^CronPattern:\s*/, '') : 'unreadable';
    issues.error('cron.invalid', path, { value: expression, reason }, where);
  }
}

function exactlyOne(...present: unknown[]): boolean {
  return present.filter((value) => value !== undefined).length === 1;
}

/** Rules the schema cannot express, for one structurally valid node. */
export function checkNode(node: PlaybookNode, path: readonly PathSegment[], issues: IssueList): void {
  const where = { node: node.id, step: stepName(node, issues.locale) };
  switch (node.type) {
    case 'trigger':
      if (node.on === 'event' && node.where !== undefined) checkLogicAt(node.where, [...path, 'where'], issues, where);
      if (node.on === 'segment') checkLogicAt(node.if, [...path, 'if'], issues, where);
      if (node.on === 'schedule') {
        if (!exactlyOne(node.cron, node.every)) issues.error('schedule.needs_one', path, {}, where);
        if (node.cron !== undefined) checkCron(node.cron, [...path, 'cron'], issues, where);
        if (node.audience !== undefined) checkLogicAt(node.audience, [...path, 'audience'], issues, where);
      }
      return;
    case 'condition':
      checkLogicAt(node.if, [...path, 'if'], issues, where);
      return;
    case 'switch':
      checkPortNames(node.cases.map((c) => c.port), [...path, 'cases'], issues, where, true);
      node.cases.forEach((c, i) => checkLogicAt(c.if, [...path, 'cases', i, 'if'], issues, where));
      return;
    case 'split': {
      checkPortNames(node.variants.map((v) => v.port), [...path, 'variants'], issues, where, false);
      const sum = node.variants.reduce((total, v) => total + v.weight, 0);
      if (sum !== 100) issues.error('split.weights', [...path, 'variants'], { sum }, where);
      return;
    }
    case 'wait':
      if (!exactlyOne(node.for, node.until, node.untilTime)) issues.error('wait.needs_one', path, {}, where);
      if (node.days !== undefined && node.untilTime === undefined) issues.error('wait.days_without_time', [...path, 'days'], {}, where);
      return;
    case 'wait_event':
      if (node.where !== undefined) checkLogicAt(node.where, [...path, 'where'], issues, where);
      return;
    case 'action':
      checkAction(node, path, issues);
      return;
    case 'exit':
      return;
  }
}

function checkPortNames(ports: string[], path: readonly PathSegment[], issues: IssueList, where: Where, defaultReserved: boolean): void {
  const seen = new Set<string>();
  ports.forEach((port, i) => {
    if (defaultReserved && port === 'default') issues.error('port.reserved', [...path, i, 'port'], { port }, where);
    else if (seen.has(port)) issues.error('port.duplicate', [...path, i, 'port'], { port }, where);
    seen.add(port);
  });
}

function checkAction(node: Extract<PlaybookNode, { type: 'action' }>, path: readonly PathSegment[], issues: IssueList): void {
  const where = { node: node.id, step: stepName(node, issues.locale) };
  switch (node.action) {
    case 'send_message':
      if (node.template.subject !== undefined) checkTemplateAt(node.template.subject, [...path, 'template', 'subject'], issues, where);
      checkTemplateAt(node.template.body, [...path, 'template', 'body'], issues, where);
      return;
    case 'webhook': {
      const url = readWebhookUrl(node.url);
      if (!url.ok && url.problem === 'host') issues.error('webhook.host', [...path, 'url'], { step: where.step, host: url.host, value: node.url }, where);
      else if (!url.ok) issues.error('webhook.url', [...path, 'url'], { value: node.url }, where);
      if (node.body !== undefined) checkTemplateAt(node.body, [...path, 'body'], issues, where);
      return;
    }
    case 'update_customer':
      for (const [attribute, value] of Object.entries(node.set)) {
        if (value !== null && typeof value === 'object' && !Array.isArray(value)) checkLogicAt(value, [...path, 'set', attribute], issues, where);
      }
      return;
    case 'issue_coupon':
      if (!exactlyOne(node.percent, node.amount)) issues.error('coupon.needs_value', path, {}, where);
      if (node.amount !== undefined && node.currency === undefined) issues.error('coupon.needs_currency', [...path, 'currency'], {}, where);
      return;
    case 'create_task':
      checkTemplateAt(node.title, [...path, 'title'], issues, where);
      return;
    default:
      return;
  }
}

export function checkSettings(settings: Settings, issues: IssueList): void {
  const path = ['settings'];
  if (settings.timezone !== undefined && !isValidTimeZone(settings.timezone)) {
    issues.error('timezone.invalid', [...path, 'timezone'], { value: settings.timezone });
  }
  if (settings.goal?.where !== undefined) checkLogicAt(settings.goal.where, [...path, 'goal', 'where'], issues);
  if (settings.exit_when !== undefined) checkLogicAt(settings.exit_when, [...path, 'exit_when'], issues);
}
