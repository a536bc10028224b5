import type { Playbook, PlaybookNode } from '@stayflow/playbook';
import type { Locale } from '../api/types.ts';
import { formatDuration, formatMoney, formatNumber, isNegativeDuration, localisedLabel } from '../i18n/localise.ts';
import { describeLogic, joinZh } from './describeLogic.ts';
import { attributeName, channelName, EVENT_ACTION_WORDS, inSentence, word } from './vocabulary.ts';

/** Playbooks in plain words: what starts them, what each step does, what a branch means. */

type Trigger = Extract<PlaybookNode, { type: 'trigger' }>;

const zhOr = (locale: Locale, en: string, zh: string) => (locale === 'zh-CN' ? zh : en);
const quote = (text: string) => `“${text}”`;

export function findTrigger(doc: Pick<Playbook, 'nodes'>): Trigger | undefined {
  return doc.nodes.find((n): n is Trigger => n.type === 'trigger');
}

/** "places an order" / "下单", or the event's own name in quotes. */
export function eventPhrase(event: string | undefined, locale: Locale): string {
  if (!event) return locale === 'zh-CN' ? '发生某个事件' : 'does something';
  return word(EVENT_ACTION_WORDS, event, locale) ?? (locale === 'zh-CN' ? `发生事件${quote(event)}` : `does ${quote(event)}`);
}

const WEEKDAYS: Record<Locale, string[]> = {
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  'zh-CN': ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
};
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAY_KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

const pad = (n: number) => String(n).padStart(2, '0');
const isWhole = (field: string) => /^\d+$/.test(field);

function weekdayList(field: string, locale: Locale): string | null {
  const days: number[] = [];
  for (const part of field.split(',')) {
    const range = /^(\d)-(\d)$/.exec(part);
    if (range) for (let d = Number(range[1]); d <= Number(range[2]); d++) days.push(d % 7);
    else if (/^\d$/.test(part)) days.push(Number(part) % 7);
    else return null;
  }
  const names = days.map((d) => WEEKDAYS[locale][d]!);
  return locale === 'zh-CN' ? names.join('、') : names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0]!;
}

/** A 5-field cron in words for the common shapes; anything else is quoted as written. */
export function describeCron(cron: string, locale: Locale): string {
  const fields = cron.trim().split(/\s+/);
  const fallback = zhOr(locale, `on the schedule ${quote(cron)}`, `按计划${quote(cron)}`);
  if (fields.length !== 5) return fallback;
  const [minute, hour, day, month, weekday] = fields as [string, string, string, string, string];
  if (!isWhole(minute) || !isWhole(hour)) {
    if (isWhole(minute) && hour === '*' && day === '*' && month === '*' && weekday === '*') return zhOr(locale, `every hour at minute ${minute}`, `每小时第 ${minute} 分钟`);
    return fallback;
  }
  const time = `${pad(Number(hour))}:${pad(Number(minute))}`;
  if (day === '*' && month === '*' && weekday === '*') return zhOr(locale, `every day at ${time}`, `每天 ${time}`);
  if (day === '*' && month === '*') {
    const days = weekdayList(weekday, locale);
    return days ? zhOr(locale, `every ${days} at ${time}`, `每${days} ${time}`) : fallback;
  }
  if (isWhole(day) && month === '*' && weekday === '*') return zhOr(locale, `on day ${day} of every month at ${time}`, `每月 ${day} 日 ${time}`);
  if (isWhole(day) && isWhole(month) && weekday === '*' && Number(month) >= 1 && Number(month) <= 12)
    return zhOr(locale, `every year on ${Number(day)} ${MONTHS_EN[Number(month) - 1]} at ${time}`, `每年 ${Number(month)} 月 ${Number(day)} 日 ${time}`);
  return fallback;
}

/** What starts the playbook, as a sentence: "When a customer places an order". */
export function describeTrigger(trigger: Trigger | undefined, locale: Locale): string {
  if (!trigger) return zhOr(locale, 'No trigger yet', '尚未设置触发条件');
  switch (trigger.on) {
    case 'event': {
      const base = zhOr(locale, `When a customer ${eventPhrase(trigger.event, locale)}`, `客户${eventPhrase(trigger.event, locale)}时`);
      if (trigger.where === undefined) return base;
      return zhOr(locale, `${base}, if ${describeLogic(trigger.where, locale)}`, `${base}，且${describeLogic(trigger.where, locale)}`);
    }
    case 'segment':
      return zhOr(locale, `When a customer starts to match: ${describeLogic(trigger.if, locale)}`, `客户开始满足条件时：${describeLogic(trigger.if, locale)}`);
    case 'schedule': {
      const when = trigger.cron ? describeCron(trigger.cron, locale) : zhOr(locale, `every ${formatDuration(trigger.every, locale)}`, `每 ${formatDuration(trigger.every, locale)}`);
      const capital = locale === 'en' ? when.charAt(0).toUpperCase() + when.slice(1) : when;
      if (trigger.audience === undefined) return zhOr(locale, `${capital}, for every customer`, `${capital}，面向全部客户`);
      return zhOr(locale, `${capital}, for customers where ${describeLogic(trigger.audience, locale)}`, `${capital}，面向${describeLogic(trigger.audience, locale)}的客户`);
    }
    case 'date': {
      const attribute = inSentence(attributeName(trigger.attribute, locale), locale);
      const offset = trigger.offset ? formatDuration(trigger.offset, locale) : '';
      const before = isNegativeDuration(trigger.offset);
      let when: string;
      if (locale === 'zh-CN') when = offset ? joinZh([attribute, before ? '前' : '后', offset]) : joinZh([attribute, '当天']);
      else when = offset ? `${offset} ${before ? 'before' : 'after'} the customer’s ${attribute}` : `On the customer’s ${attribute}`;
      if (locale === 'en' && offset) when = when.charAt(0).toUpperCase() + when.slice(1);
      const yearly = trigger.yearly ? zhOr(locale, ', every year', '（每年）') : '';
      const at = trigger.at ? zhOr(locale, ` at ${trigger.at}`, ` ${trigger.at}`) : '';
      return `${when}${at}${yearly}`;
    }
    case 'manual':
      return zhOr(locale, 'Started by hand, for the customers you choose', '手动加入指定客户');
    default:
      return '';
  }
}

/** A step's label in the locale, else a description of what it does. */
export function nodeTitle(node: PlaybookNode, locale: Locale): string {
  return localisedLabel(node, locale) ?? describeNode(node, locale);
}

/** What one step does: "Wait 3 days", "Send email: We miss you" / "等待 3 天", "发送邮件：…". */
export function describeNode(node: PlaybookNode, locale: Locale): string {
  const zh = locale === 'zh-CN';
  switch (node.type) {
    case 'trigger':
      return describeTrigger(node, locale);
    case 'condition':
      return zh ? `如果${describeLogic(node.if, locale)}` : `If ${describeLogic(node.if, locale)}`;
    case 'switch':
      return zh ? `按 ${node.cases.length} 种情况分支` : `Branch on ${node.cases.length} case${node.cases.length === 1 ? '' : 's'}`;
    case 'wait': {
      if (node.for) return zh ? `等待 ${formatDuration(node.for, locale)}` : `Wait ${formatDuration(node.for, locale)}`;
      if (node.until) {
        const attribute = inSentence(attributeName(node.until.attribute, locale), locale);
        const offset = node.until.offset ? formatDuration(node.until.offset, locale) : '';
        const before = isNegativeDuration(node.until.offset);
        if (zh) return offset ? joinZh(['等到', attribute, before ? '前' : '后', offset]) : joinZh(['等到', attribute]);
        return offset ? `Wait until ${offset} ${before ? 'before' : 'after'} ${attribute}` : `Wait until ${attribute}`;
      }
      if (node.untilTime) {
        const days = node.days?.map((d) => WEEKDAYS[locale][WEEKDAY_KEYS.indexOf(d)] ?? d);
        const on = days && days.length > 0 ? (zh ? `（${days.join('、')}）` : ` on ${days.join(', ')}`) : '';
        return zh ? `等到 ${node.untilTime}${on}` : `Wait until ${node.untilTime}${on}`;
      }
      return zh ? '等待' : 'Wait';
    }
    case 'wait_event':
      return zh
        ? `最多等待 ${formatDuration(node.timeout, locale)}，直到客户${eventPhrase(node.event, locale)}`
        : `Wait up to ${formatDuration(node.timeout, locale)} until the customer ${eventPhrase(node.event, locale)}`;
    case 'split':
      return zh ? `分流 ${node.variants.map((v) => v.weight).join(' / ')}` : `Split ${node.variants.map((v) => v.weight).join(' / ')}`;
    case 'exit':
      return zh ? '结束' : 'End';
    case 'action':
      return describeAction(node, locale);
    default:
      return '';
  }
}

type Action = Extract<PlaybookNode, { type: 'action' }>;
type SendMessage = Extract<Action, { action: 'send_message' }>;

/** A message's template in the locale: meta.i18n[locale].template when the author translated it. */
export function localisedTemplate(node: SendMessage, locale: Locale): { subject?: string; body: string } {
  const translated = (node.meta?.i18n as Record<string, { template?: { subject?: unknown; body?: unknown } } | undefined> | undefined)?.[locale]?.template;
  if (locale !== 'en' && translated && typeof translated.body === 'string' && translated.body.trim() !== '') {
    return { body: translated.body, ...(typeof translated.subject === 'string' ? { subject: translated.subject } : {}) };
  }
  return node.template;
}

function describeAction(node: Action, locale: Locale): string {
  const zh = locale === 'zh-CN';
  switch (node.action) {
    case 'send_message': {
      const channel = channelName(node.channel, locale);
      const template = localisedTemplate(node, locale);
      const summary = (template.subject || template.body).split('\n')[0]!.slice(0, 80);
      return zh ? `发送${channel}：${summary}` : `Send ${channel.toLowerCase() === 'sms' ? 'SMS' : channel.toLowerCase()}: ${summary}`;
    }
    case 'webhook': {
      let host = node.url;
      try {
        host = new URL(node.url).host;
      } catch {
        // Not a full URL (a placeholder, say): show it as written.
      }
      return zh ? `调用 Webhook（${host}）` : `Call webhook (${host})`;
    }
    case 'update_customer': {
      const fields = Object.keys(node.set).map((key) => inSentence(attributeName(key, locale), locale));
      return zh ? `更新客户资料：${fields.join('、')}` : `Update ${fields.join(', ')}`;
    }
    case 'add_tag':
      return zh ? `添加标签${quote(node.tag)}` : `Add tag ${quote(node.tag)}`;
    case 'remove_tag':
      return zh ? `移除标签${quote(node.tag)}` : `Remove tag ${quote(node.tag)}`;
    case 'issue_coupon': {
      const value = node.percent !== undefined ? (zh ? `${formatNumber(100 - node.percent, locale, 1).replace(/\.0$/, '')} 折券` : `${formatNumber(node.percent, locale, 1)}% off coupon`) : zh ? `${formatMoney(node.amount, locale, node.currency)} 优惠券` : `${formatMoney(node.amount, locale, node.currency)} coupon`;
      const valid = formatDuration(node.valid_for ?? 'P30D', locale);
      return zh ? joinZh(['发放', value, `（${valid}内有效）`]) : `Issue a ${value} (valid ${valid})`;
    }
    case 'create_task':
      return zh ? `创建任务：${node.title}` : `Create task: ${node.title}`;
    default:
      return '';
  }
}


/** What a branch means: true → "Yes", timeout → "Timed out"; a named port is shown as named. */
export function portName(node: PlaybookNode | undefined, port: string | null | undefined, locale: Locale): string {
  if (!port || port === 'next') return '';
  const zh = locale === 'zh-CN';
  if (node?.type === 'switch') {
    const match = node.cases.find((c) => c.port === port);
    if (match?.label) return match.label;
  }
  if (node?.type === 'split') {
    const variant = node.variants.find((v) => v.port === port);
    if (variant) return `${variant.label ?? port} · ${variant.weight}%`;
  }
  switch (port) {
    case 'true':
      return zh ? '是' : 'Yes';
    case 'false':
      return zh ? '否' : 'No';
    case 'timeout':
      return zh ? '超时' : 'Timed out';
    case 'event':
      return node?.type === 'wait_event' ? (zh ? '事件已发生' : 'Event happened') : port;
    case 'default':
      return zh ? '其他情况' : 'Otherwise';
    default:
      return port.replace(/_/g, ' ');
  }
}
