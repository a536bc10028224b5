import type { Locale } from './messages.ts';
import { translatedText } from './translatePlaybook.ts';

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** What a step without a name is called in messages, by its type (and action, channel or trigger kind). */
const KIND_NAMES: Record<string, Record<Locale, string>> = {
  trigger: { en: 'Trigger', 'zh-CN': '触发器' },
  condition: { en: 'Condition', 'zh-CN': '条件判断' },
  switch: { en: 'Switch', 'zh-CN': '多路分支' },
  wait: { en: 'Wait', 'zh-CN': '等待' },
  wait_event: { en: 'Wait for event', 'zh-CN': '等待事件' },
  split: { en: 'A/B split', 'zh-CN': 'A/B 分流' },
  exit: { en: 'Exit', 'zh-CN': '结束' },
  send_message: { en: 'Send message', 'zh-CN': '发送消息' },
  'send_message:email': { en: 'Send email', 'zh-CN': '发送邮件' },
  'send_message:sms': { en: 'Send SMS', 'zh-CN': '发送短信' },
  'send_message:push': { en: 'Send push notification', 'zh-CN': '发送推送' },
  'send_message:inbox': { en: 'Send inbox message', 'zh-CN': '发送站内信' },
  webhook: { en: 'Webhook', 'zh-CN': 'Webhook' },
  update_customer: { en: 'Update customer', 'zh-CN': '更新客户资料' },
  add_tag: { en: 'Add tag', 'zh-CN': '添加标签' },
  remove_tag: { en: 'Remove tag', 'zh-CN': '移除标签' },
  issue_coupon: { en: 'Issue coupon', 'zh-CN': '发放优惠券' },
  create_task: { en: 'Create task', 'zh-CN': '创建任务' },
  action: { en: 'Action', 'zh-CN': '动作' },
};

function kindKey(node: Record<string, unknown>): string | undefined {
  if (node.type !== 'action') return typeof node.type === 'string' ? node.type : undefined;
  if (typeof node.action !== 'string') return 'action';
  const withChannel = `${node.action}:${String(node.channel)}`;
  return Object.hasOwn(KIND_NAMES, withChannel) ? withChannel : node.action;
}

/**
 * How messages name a step, in the reader's language: the operator's name for it (its
 * `meta.i18n[locale].label`, else `label`), else what kind of step it is ("Send email",
 * "发送邮件"), so no message shows an id such as `send_message_1`. The id is the last resort,
 * for a step of an unknown type with no name.
 */
export function stepName(node: unknown, locale: Locale = 'en'): string {
  if (!isRecord(node)) return '?';
  const translated = locale === 'en' ? undefined : translatedText(node.meta, locale, 'label');
  if (translated !== undefined) return translated.trim();
  if (typeof node.label === 'string' && node.label.trim() !== '') return node.label.trim();
  const key = kindKey(node);
  if (key !== undefined && Object.hasOwn(KIND_NAMES, key)) return KIND_NAMES[key]![locale];
  return typeof node.id === 'string' ? node.id : '?';
}
