import { CHANNELS, parseTemplate, translatedText, type PlaybookNode, type TriggerNode } from '@stayflow/playbook';
import { describeCondition } from '../condition/describeCondition.ts';
import type { EditorLocale } from '../i18n/editorResources.ts';
import type { Translate } from '../i18n/translate.ts';
import { cronPreset } from './cronPresets.ts';
import { describeDuration, isZeroDuration } from './durationParts.ts';
import { attributeLabel, eventLabel } from './knownNames.ts';
import { placeholderLabel } from './placeholderLabel.ts';

/** The card's headline: the label in the user's language, else a description generated from the settings. */
export function nodeTitle(node: PlaybookNode, locale: EditorLocale, t: Translate): string {
  if (locale !== 'en') {
    const translated = translatedText(node.meta, locale, 'label');
    if (translated) return translated;
  }
  if (node.label && node.label.trim() !== '') return node.label;
  return generatedTitle(node, t);
}

function triggerTitle(node: TriggerNode, t: Translate): string {
  switch (node.on) {
    case 'event':
      return node.event ? t('title.triggerEvent', { event: eventLabel(node.event, t) }) : t('kind.trigger');
    case 'segment': {
      const days = silentDays(node.if);
      return days === undefined ? t('title.triggerSegment') : t('title.silentFor', { duration: t('duration.days', { count: days }) });
    }
    case 'schedule':
      return t('title.triggerSchedule');
    case 'date':
      return t('title.triggerDate', { attribute: attributeLabel(node.attribute, t) });
    case 'manual':
      return t('title.triggerManual');
  }
}

const SILENCE = 'customer.metrics.days_since_last_order';

/** N when a segment's rule is (or, joined by "and", includes) "days since last order > N" (or ≥ N): the retention trigger named "Silent for N days". */
function silentDays(rule: unknown): number | undefined {
  if (rule === null || typeof rule !== 'object' || Array.isArray(rule)) return undefined;
  const record = rule as Record<string, unknown>;
  const [operator, ...more] = Object.keys(record);
  if (operator === undefined || more.length > 0) return undefined;
  const args = record[operator];
  if (operator === 'and' && Array.isArray(args)) {
    for (const part of args) {
      const days = silentDays(part);
      if (days !== undefined) return days;
    }
    return undefined;
  }
  if ((operator !== '>' && operator !== '>=') || !Array.isArray(args) || args.length !== 2) return undefined;
  const [left, right] = args as [unknown, unknown];
  const isSilence = left !== null && typeof left === 'object' && (left as { var?: unknown }).var === SILENCE;
  return isSilence && typeof right === 'number' && Number.isFinite(right) && right >= 0 ? right : undefined;
}

export function generatedTitle(node: PlaybookNode, t: Translate): string {
  switch (node.type) {
    case 'trigger':
      return triggerTitle(node, t);
    case 'condition':
      return t('title.condition');
    case 'switch':
      return t('title.switch');
    case 'wait':
      if (node.for) return t('title.waitFor', { duration: describeDuration(node.for, t) });
      if (node.until) return t('title.waitUntil', { attribute: attributeLabel(node.until.attribute, t) });
      if (node.untilTime) return t('title.waitUntilTime', { time: node.untilTime });
      return t('title.wait');
    case 'wait_event':
      return node.event ? t('title.waitEvent', { event: eventLabel(node.event, t) }) : t('title.waitEventEmpty');
    case 'split':
      return t('title.split');
    case 'exit':
      return t('title.exit');
    case 'action':
      switch (node.action) {
        case 'send_message':
          return CHANNELS.includes(node.channel) ? t('title.sendMessage', { channel: t(`channelLower.${node.channel}`) }) : t('kind.send_message');
        case 'webhook':
          return t('title.webhook');
        case 'update_customer':
          return t('title.updateCustomer');
        case 'add_tag':
          return node.tag ? t('title.addTag', { tag: node.tag }) : t('title.addTagEmpty');
        case 'remove_tag':
          return node.tag ? t('title.removeTag', { tag: node.tag }) : t('title.removeTagEmpty');
        case 'issue_coupon':
          if (node.percent !== undefined) return t('title.couponPercent', { percent: node.percent });
          if (node.amount !== undefined) return t('title.couponAmount', { amount: `${node.amount} ${node.currency ?? ''}`.trim() });
          return t('title.coupon');
        case 'create_task':
          return t('title.createTask');
      }
  }
}

export function offsetText(offset: string | undefined, t: Translate): string {
  if (!offset || isZeroDuration(offset)) return t('summary.dateOnDay');
  const duration = describeDuration(offset, t);
  return offset.startsWith('-') ? t('summary.dateBefore', { duration }) : t('summary.dateAfter', { duration });
}

function setValueText(value: unknown, t: Translate): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return t(value ? 'port.true' : 'port.false');
  const isNow = value !== null && typeof value === 'object' && Object.keys(value).length === 1 && (value as { var?: unknown }).var === 'now';
  return isNow ? t('message.placeholders.now') : t('update.kinds.logic');
}

/** Message text with placeholders as their labels for a card: "Hi ‹Name›, here is ‹Coupon code›". */
function readableTemplate(text: string, t: Translate): string {
  return parseTemplate(text)
    .parts.map((part) => (part.kind === 'text' ? part.text : `‹${placeholderLabel(part.path, t)}›`))
    .join('');
}

function firstLine(text: string, max = 80): string {
  const line = text.split('\n').find((l) => l.trim() !== '')?.trim() ?? '';
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

function triggerSummary(node: TriggerNode, locale: EditorLocale, t: Translate): string {
  switch (node.on) {
    case 'event':
      return node.where === undefined ? t('summary.everyTime') : t('summary.onlyWhen', { condition: describeCondition(node.where, locale, t) });
    case 'segment':
      return describeCondition(node.if, locale, t);
    case 'schedule': {
      const preset = node.cron === undefined ? undefined : cronPreset(node.cron);
      const schedule =
        node.every !== undefined
          ? t('summary.every', { duration: describeDuration(node.every, t) })
          : preset
            ? t(`trigger.presets.${preset}`)
            : t('summary.cron', { cron: node.cron ?? '' });
      return node.audience === undefined ? schedule : t('summary.audience', { schedule, audience: describeCondition(node.audience, locale, t) });
    }
    case 'date': {
      const parts = [offsetText(node.offset, t)];
      if (node.at) parts.push(t('summary.dateAt', { time: node.at }));
      if (node.yearly) parts.push(t('summary.yearly'));
      return parts.join(locale === 'en' ? ' ' : '，');
    }
    case 'manual':
      return t('summary.manual');
  }
}

/** One line about the node's settings, shown under its title. */
export function nodeSummary(node: PlaybookNode, locale: EditorLocale, t: Translate): string {
  switch (node.type) {
    case 'trigger':
      return triggerSummary(node, locale, t);
    case 'condition':
      return describeCondition(node.if, locale, t);
    case 'switch':
      return t('summary.branches', { count: node.cases.length });
    case 'wait': {
      if (node.for) return t('summary.waitFor', { duration: describeDuration(node.for, t) });
      if (node.until) {
        const offset = node.until.offset;
        return offset && !isZeroDuration(offset)
          ? t('summary.waitUntilOffset', { offset: offsetText(offset, t), attribute: attributeLabel(node.until.attribute, t) })
          : t('summary.waitUntilOn', { attribute: attributeLabel(node.until.attribute, t) });
      }
      if (node.untilTime) {
        const days = node.days?.map((d) => t(`weekday.${d}`)).join(t('weekdayList'));
        return days ? `${node.untilTime} · ${t('summary.waitDays', { days })}` : node.untilTime;
      }
      return '';
    }
    case 'wait_event':
      return t('summary.upTo', { duration: describeDuration(node.timeout, t) });
    case 'split':
      return node.variants.map((v) => `${v.label ?? v.port} ${v.weight}%`).join(' · ');
    case 'exit':
      return t('summary.exit');
    case 'action':
      switch (node.action) {
        case 'send_message': {
          // The copy in the reader's language when the playbook has it (the card shows what that reader's customers get).
          const own = (field: 'template.subject' | 'template.body') => (locale === 'en' ? undefined : translatedText(node.meta, locale, field));
          const text = own('template.subject') || own('template.body') || node.template.subject || node.template.body;
          return firstLine(readableTemplate(text, t)) || t('summary.noBody');
        }
        case 'webhook':
          return node.url ? `${node.method ?? 'POST'} ${node.url.replace(/^https?:\/\//, '')}` : t('summary.noUrl');
        case 'update_customer': {
          const entries = Object.entries(node.set);
          if (entries.length === 0) return t('summary.noFields');
          return firstLine(entries.map(([key, value]) => `${key} = ${setValueText(value, t)}`).join(', '));
        }
        case 'add_tag':
        case 'remove_tag':
          return node.tag || t('summary.noTag');
        case 'issue_coupon':
          return t('summary.validFor', { duration: describeDuration(node.valid_for ?? 'P30D', t) });
        case 'create_task': {
          const title = firstLine(node.title) || t('summary.noTitle');
          return node.due_in ? `${title} · ${t('summary.dueIn', { duration: describeDuration(node.due_in, t) })}` : title;
        }
      }
  }
}
