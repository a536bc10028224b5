import { DEFAULT_PORT, type Playbook, type PlaybookNode, parseTemplate, type TriggerNode } from '@stayflow/playbook';
import { looksLikeHtml } from '../template/mailBodies.ts';
import { type CalendarDuration, calendarDuration } from '../time/CalendarDuration.ts';
import { minutesOfDay, weekdayMask } from '../time/nextTimeOfDay.ts';
import { compileRule } from '../rules/compileRule.ts';
import type { RuleSite } from '../rules/EngineDiagnostic.ts';
import type { CompiledAction, CompiledNode, CompiledPlaybook, CompiledSettings, CompiledTrigger } from './CompiledPlaybook.ts';

const DEFAULT_COUPON_VALIDITY = 'P30D';

/**
 * Prepares one published version of a playbook for `step`, `react` and
 * `simulate`. Assumes the document passed `validate`: it throws on a broken
 * invariant (no trigger, an unparsable duration), never on a user's mistake.
 */
export function compilePlaybook(playbook: Playbook, version: number): CompiledPlaybook {
  const edges = new Map<string, Map<string, string>>();
  for (const edge of playbook.edges) {
    let out = edges.get(edge.from);
    if (out === undefined) edges.set(edge.from, (out = new Map()));
    out.set(edge.port ?? DEFAULT_PORT, edge.to);
  }
  const nodes = new Map<string, CompiledNode>();
  let trigger: CompiledTrigger | undefined;
  for (const node of playbook.nodes) {
    const site: RuleSite = { playbook: playbook.id, version, node: node.id };
    nodes.set(node.id, compileNode(node, edges.get(node.id) ?? new Map<string, string>(), site));
    if (node.type === 'trigger') trigger = compileTrigger(node, site);
  }
  if (trigger === undefined) throw new Error(`Playbook "${playbook.id}" has no trigger; validate it before compiling.`);
  return { id: playbook.id, version, name: playbook.name, trigger, nodes, settings: compileSettings(playbook, version) };
}

function compileTrigger(node: TriggerNode, site: RuleSite): CompiledTrigger {
  switch (node.on) {
    case 'event':
      return { id: node.id, node, on: 'event', event: node.event, ...(node.where !== undefined ? { where: compileRule(node.where, site) } : {}) };
    case 'segment':
      return { id: node.id, node, on: 'segment', if: compileRule(node.if, site) };
    case 'schedule':
      return { id: node.id, node, on: 'schedule', ...(node.audience !== undefined ? { audience: compileRule(node.audience, site) } : {}) };
    case 'date':
      return { id: node.id, node, on: 'date', attribute: node.attribute };
    case 'manual':
      return { id: node.id, node, on: 'manual' };
  }
}

function compileNode(node: PlaybookNode, next: ReadonlyMap<string, string>, site: RuleSite): CompiledNode {
  const id = node.id;
  switch (node.type) {
    case 'trigger':
      return { id, next, type: 'trigger' };
    case 'condition':
      return { id, next, type: 'condition', if: compileRule(node.if, site) };
    case 'switch':
      return { id, next, type: 'switch', cases: node.cases.map((c) => ({ port: c.port, if: compileRule(c.if, site) })) };
    case 'split': {
      let total = 0;
      const variants = node.variants.map((v) => ({ port: v.port, upTo: (total += v.weight) }));
      return { id, next, type: 'split', variants };
    }
    case 'wait':
      if (node.for !== undefined) return { id, next, type: 'wait', wait: { kind: 'for', duration: duration(node.for, id) } };
      if (node.until !== undefined) {
        const offset = node.until.offset !== undefined ? duration(node.until.offset, id) : undefined;
        return { id, next, type: 'wait', wait: { kind: 'until', attribute: node.until.attribute, ...(offset ? { offset } : {}) } };
      }
      return { id, next, type: 'wait', wait: { kind: 'time', minutes: minutesOfDay(node.untilTime ?? '00:00'), days: weekdayMask(node.days) } };
    case 'wait_event':
      return {
        id,
        next,
        type: 'wait_event',
        event: node.event,
        ...(node.where !== undefined ? { where: compileRule(node.where, site) } : {}),
        timeout: duration(node.timeout, id),
      };
    case 'action':
      return { id, next, type: 'action', action: compileAction(node, site) };
    case 'exit':
      return { id, next, type: 'exit' };
  }
}

function compileAction(node: Extract<PlaybookNode, { type: 'action' }>, site: RuleSite): CompiledAction {
  switch (node.action) {
    case 'send_message':
      return {
        action: 'send_message',
        channel: node.channel,
        body: parseTemplate(node.template.body),
        html: node.channel === 'email' && looksLikeHtml(node.template.body),
        ...(node.template.subject !== undefined ? { subject: parseTemplate(node.template.subject) } : {}),
      };
    case 'webhook': {
      const headers = node.headers ?? {};
      const contentType = Object.entries(headers).find(([name]) => name.toLowerCase() === 'content-type')?.[1];
      const body = node.body;
      // Values go inside JSON strings in the templates' bodies: escape them so a quote in a name cannot break the JSON.
      const json = contentType !== undefined ? /json/i.test(contentType) : body !== undefined && /^\s*[[{]/.test(body);
      return { action: 'webhook', url: node.url, method: node.method ?? 'POST', headers, json, ...(body !== undefined ? { body: parseTemplate(body) } : {}) };
    }
    case 'update_customer':
      return {
        action: 'update_customer',
        // An object is a rule (`{"var": "now"}`); anything else, arrays included, is written as given.
        set: Object.entries(node.set).map(([attribute, value]) =>
          value !== null && typeof value === 'object' && !Array.isArray(value) ? { attribute, logic: compileRule(value, { ...site, attribute }) } : { attribute, literal: value },
        ),
      };
    case 'add_tag':
    case 'remove_tag':
      return { action: node.action, tag: node.tag };
    case 'issue_coupon':
      return {
        action: 'issue_coupon',
        ...(node.percent !== undefined ? { percent: node.percent } : {}),
        ...(node.amount !== undefined ? { amount: node.amount } : {}),
        ...(node.currency !== undefined ? { currency: node.currency } : {}),
        validFor: duration(node.valid_for ?? DEFAULT_COUPON_VALIDITY, node.id),
      };
    case 'create_task':
      return {
        action: 'create_task',
        title: parseTemplate(node.title),
        ...(node.assignee !== undefined ? { assignee: node.assignee } : {}),
        ...(node.due_in !== undefined ? { dueIn: duration(node.due_in, node.id) } : {}),
      };
  }
}

function compileSettings(playbook: Playbook, version: number): CompiledSettings {
  const s = playbook.settings ?? {};
  const settings: CompiledSettings = {
    timezone: s.timezone,
    reentry: { mode: s.reentry?.mode ?? 'after_exit', ...(s.reentry?.cooldown !== undefined ? { cooldown: duration(s.reentry.cooldown, 'settings.reentry') } : {}) },
    holdout: s.holdout ?? 0,
  };
  if (s.goal !== undefined) {
    settings.goal = {
      event: s.goal.event,
      within: duration(s.goal.within, 'settings.goal'),
      exit: s.goal.exit === true,
      ...(s.goal.where !== undefined ? { where: compileRule(s.goal.where, { playbook: playbook.id, version, setting: 'goal.where' }) } : {}),
    };
  }
  if (s.exit_when !== undefined) settings.exitWhen = compileRule(s.exit_when, { playbook: playbook.id, version, setting: 'exit_when' });
  if (s.quiet_hours !== undefined) settings.quietHours = { start: minutesOfDay(s.quiet_hours.start), end: minutesOfDay(s.quiet_hours.end) };
  if (s.frequency_cap !== undefined) settings.frequencyCap = { max: s.frequency_cap.max, per: duration(s.frequency_cap.per, 'settings.frequency_cap') };
  return settings;
}

function duration(text: string, where: string): CalendarDuration {
  const parsed = calendarDuration(text);
  if (parsed === null) throw new Error(`Unparsable duration "${text}" at ${where}; validate the playbook before compiling.`);
  return parsed;
}
