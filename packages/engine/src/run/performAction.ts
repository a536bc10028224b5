import type { CompiledAction } from '../compile/CompiledPlaybook.ts';
import type { ActionRef } from '../Effect.ts';
import { couponCode } from '../hash/couponCode.ts';
import { renderTemplate, type TemplateContext } from '../template/renderTemplate.ts';
import { addDuration } from '../time/addDuration.ts';
import { isoAt, localDateText } from '../time/isoAt.ts';
import type { IssuedCoupon } from './RunState.ts';
import { contextOf, customerChanged, refOf, type StepDraft, timeZoneOf } from './StepDraft.ts';

/**
 * The effect of one action node visit. A holdout (control) run takes no action
 * at all. Changes to the customer (tags, attributes) also apply to the draft's
 * customer, so later nodes in the same step see them.
 */
export function performAction(draft: StepDraft, node: string, visit: number, action: CompiledAction): void {
  const run = draft.run;
  if (run.control) return;
  const key = `${run.id}:${node}:${visit}`;
  const base: ActionRef = { ...refOf(draft), node, visit, key };
  switch (action.action) {
    case 'send_message': {
      const context = templateContext(draft);
      draft.effects.push({
        type: 'send_message',
        ...base,
        channel: action.channel,
        ...(action.subject !== undefined ? { subject: renderTemplate(action.subject, context) } : {}),
        body: renderTemplate(action.body, context, { html: action.channel === 'email' }),
      });
      draft.env.sentAt.push(draft.now);
      return;
    }
    case 'webhook':
      draft.effects.push({
        type: 'webhook',
        ...base,
        url: action.url,
        method: action.method,
        headers: { ...action.headers },
        ...(action.body !== undefined ? { body: renderTemplate(action.body, templateContext(draft), { json: action.json }) } : {}),
      });
      return;
    case 'update_customer': {
      const set: Record<string, unknown> = {};
      for (const entry of action.set) {
        const value = entry.logic !== undefined ? entry.logic.evaluate(contextOf(draft)) : entry.literal;
        set[entry.attribute] = value === undefined ? null : value;
      }
      draft.effects.push({ type: 'update_customer', ...base, set });
      customerChanged(draft, { ...draft.customer, attributes: { ...draft.customer.attributes, ...set } });
      return;
    }
    case 'add_tag':
    case 'remove_tag': {
      draft.effects.push({ type: action.action, ...base, tag: action.tag });
      const tags = draft.customer.tags;
      const has = tags.includes(action.tag);
      if (action.action === 'add_tag' && !has) customerChanged(draft, { ...draft.customer, tags: [...tags, action.tag] });
      if (action.action === 'remove_tag' && has) customerChanged(draft, { ...draft.customer, tags: tags.filter((t) => t !== action.tag) });
      return;
    }
    case 'issue_coupon': {
      const coupon: IssuedCoupon = {
        code: couponCode(key),
        ...(action.percent !== undefined ? { percent: action.percent } : {}),
        ...(action.amount !== undefined ? { amount: action.amount } : {}),
        ...(action.currency !== undefined ? { currency: action.currency } : {}),
        valid_until: isoAt(addDuration(draft.now, action.validFor, timeZoneOf(draft))),
      };
      run.coupon = coupon;
      draft.effects.push({ type: 'issue_coupon', ...base, ...coupon });
      return;
    }
    case 'create_task':
      draft.effects.push({
        type: 'create_task',
        ...base,
        title: renderTemplate(action.title, templateContext(draft)),
        ...(action.assignee !== undefined ? { assignee: action.assignee } : {}),
        ...(action.dueIn !== undefined ? { due_at: isoAt(addDuration(draft.now, action.dueIn, timeZoneOf(draft))) } : {}),
      });
      return;
  }
}

/** The Logic context plus `coupon` (its last day as a local date, as people read it) and `playbook`. */
function templateContext(draft: StepDraft): TemplateContext {
  const coupon = draft.run.coupon;
  return {
    ...contextOf(draft),
    coupon: coupon === undefined ? null : { ...coupon, valid_until: localDateText(Date.parse(coupon.valid_until), timeZoneOf(draft)) },
    playbook: { name: draft.playbook.name },
  };
}
