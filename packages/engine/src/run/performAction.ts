import type { CompiledAction } from '../compile/CompiledPlaybook.ts';
import type { CreateTaskEffect, IssueCouponEffect, SendMessageEffect, TagEffect, UpdateCustomerEffect, WebhookEffect } from '../Effect.ts';
import { couponCode } from '../hash/couponCode.ts';
import { renderTemplate, type TemplateContext } from '../template/renderTemplate.ts';
import { addDuration } from '../time/addDuration.ts';
import { isoAt, localDateText } from '../time/isoAt.ts';
import type { EngineDiagnostic } from '../rules/EngineDiagnostic.ts';
import type { IssuedCoupon } from './RunState.ts';
import { applyToCustomer, contextOf, type StepDraft, timeZoneOf } from './StepDraft.ts';

/**
 * The effect of one action node visit. A holdout (control) run takes no action
 * at all. Changes to the customer (tags, attributes) also apply to the draft's
 * customer, so later nodes in the same step see them, and a message sent counts
 * against the frequency cap for the rest of the step. Effects are built field
 * by field rather than by spreading a common base: this runs once per action.
 */
export function performAction(draft: StepDraft, node: string, visit: number, action: CompiledAction): void {
  const run = draft.run;
  if (run.control) return;
  const key = `${run.id}:${node}:${visit}`;
  const at = draft.now;
  const runId = run.id;
  const playbook = run.playbookId;
  const customer = run.customerId;
  switch (action.action) {
    case 'send_message': {
      const context = templateContext(draft);
      const effect: SendMessageEffect = {
        type: 'send_message',
        run: runId, playbook, customer,
        at,
        node,
        visit,
        key,
        channel: action.channel,
        body: renderTemplate(action.body, context, { html: action.html }),
      };
      if (action.html) effect.html = true;
      if (action.subject !== undefined) effect.subject = renderTemplate(action.subject, context);
      draft.effects.push(effect);
      draft.sentAt = [...draft.sentAt, at];
      return;
    }
    case 'webhook': {
      const effect: WebhookEffect = { type: 'webhook', run: runId, playbook, customer, at, node, visit, key, url: action.url, method: action.method, headers: { ...action.headers } };
      if (action.body !== undefined) effect.body = renderTemplate(action.body, templateContext(draft), { json: action.json });
      draft.effects.push(effect);
      return;
    }
    case 'update_customer': {
      const set: Record<string, unknown> = {};
      let written = 0;
      for (const entry of action.set) {
        // undefined: a limit stopped the rule (reported); the attribute keeps its value.
        const value = entry.logic !== undefined ? entry.logic.evaluate(contextOf(draft), draft.diagnostics, draft.budget) : entry.literal;
        if (value === undefined) continue;
        const size = serializedSize(value);
        if (size > MAX_ATTRIBUTE_SIZE) {
          draft.diagnostics.push(tooLarge(draft, node, entry.attribute, size));
          continue;
        }
        set[entry.attribute] = value;
        written++;
      }
      if (written === 0) return;
      const effect: UpdateCustomerEffect = { type: 'update_customer', run: runId, playbook, customer, at, node, visit, key, set };
      draft.effects.push(effect);
      applyToCustomer(draft, effect);
      return;
    }
    case 'add_tag':
    case 'remove_tag': {
      const effect: TagEffect = { type: action.action, run: runId, playbook, customer, at, node, visit, key, tag: action.tag };
      draft.effects.push(effect);
      applyToCustomer(draft, effect);
      return;
    }
    case 'issue_coupon': {
      const coupon: IssuedCoupon = { code: couponCode(key), valid_until: isoAt(addDuration(at, action.validFor, timeZoneOf(draft))) };
      const effect: IssueCouponEffect = { type: 'issue_coupon', run: runId, playbook, customer, at, node, visit, key, code: coupon.code, valid_until: coupon.valid_until };
      if (action.percent !== undefined) effect.percent = coupon.percent = action.percent;
      if (action.amount !== undefined) effect.amount = coupon.amount = action.amount;
      if (action.currency !== undefined) effect.currency = coupon.currency = action.currency;
      run.coupon = coupon;
      draft.effects.push(effect);
      return;
    }
    case 'create_task': {
      const effect: CreateTaskEffect = { type: 'create_task', run: runId, playbook, customer, at, node, visit, key, title: renderTemplate(action.title, templateContext(draft)) };
      if (action.assignee !== undefined) effect.assignee = action.assignee;
      if (action.dueIn !== undefined) effect.due_at = isoAt(addDuration(at, action.dueIn, timeZoneOf(draft)));
      draft.effects.push(effect);
      return;
    }
  }
}

/**
 * The largest value `update_customer` writes to one attribute, as characters of JSON
 * (README "Limits"). A larger one is not written and is reported: the customer's
 * row stays small, and the input never fails over it.
 */
export const MAX_ATTRIBUTE_SIZE = 16_384;

/** Characters of the value as JSON; a value that cannot be written as JSON counts as too large. */
function serializedSize(value: unknown): number {
  try {
    return (JSON.stringify(value) ?? 'null').length;
  } catch {
    return Infinity;
  }
}

function tooLarge(draft: StepDraft, node: string, attribute: string, size: number): EngineDiagnostic {
  const run = draft.run;
  const shown = Number.isFinite(size) ? `${size} characters as JSON` : 'a value that cannot be written as JSON';
  return {
    code: 'value_too_large',
    playbook: run.playbookId,
    version: run.version,
    node,
    attribute,
    size: Number.isFinite(size) ? size : -1,
    limit: MAX_ATTRIBUTE_SIZE,
    message: `Step "${node}" of playbook "${run.playbookId}" did not write attribute "${attribute}": ${shown}, more than the limit of ${MAX_ATTRIBUTE_SIZE}.`,
  };
}

/** The Logic context plus `coupon` (its last day as a local date, as people read it) and `playbook`. */
function templateContext(draft: StepDraft): TemplateContext {
  const coupon = draft.run.coupon;
  const context = contextOf(draft);
  return {
    customer: context.customer,
    event: context.event,
    now: context.now,
    coupon: coupon === undefined ? null : { ...coupon, valid_until: localDateText(Date.parse(coupon.valid_until), timeZoneOf(draft)) },
    playbook: { name: draft.playbook.name },
  };
}
