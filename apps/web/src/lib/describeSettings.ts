import type { Settings } from '@stayflow/playbook';
import type { Locale } from '../api/types.ts';
import { formatDuration, formatNumber } from '../i18n/localise.ts';
import { describeLogic } from './describeLogic.ts';
import { eventPhrase } from './describePlaybook.ts';

export interface SettingLine {
  key: string;
  title: string;
  text: string;
}

const TITLES: Record<string, { en: string; 'zh-CN': string }> = {
  timezone: { en: 'Time zone', 'zh-CN': '时区' },
  reentry: { en: 'Re-entry', 'zh-CN': '重复进入' },
  goal: { en: 'Goal', 'zh-CN': '转化目标' },
  exit_when: { en: 'Leave early when', 'zh-CN': '提前退出条件' },
  quiet_hours: { en: 'Quiet hours', 'zh-CN': '免打扰时段' },
  frequency_cap: { en: 'Message limit', 'zh-CN': '发送频次上限' },
  holdout: { en: 'Control group', 'zh-CN': '对照组' },
};

/** A setting's name in the locale (used by the publish summary too). */
export function settingTitle(key: string, locale: Locale): string {
  return TITLES[key]?.[locale] ?? key;
}

/** Each setting of a playbook as one line of plain words, in the order operators think of them. */
export function describeSettings(settings: Settings | undefined, locale: Locale): SettingLine[] {
  if (!settings) return [];
  const zh = locale === 'zh-CN';
  const lines: SettingLine[] = [];
  const add = (key: string, text: string) => lines.push({ key, title: settingTitle(key, locale), text });
  if (settings.goal) {
    const { goal } = settings;
    const within = formatDuration(goal.within, locale);
    let text = zh ? `客户在进入后 ${within}内${eventPhrase(goal.event, locale)}` : `The customer ${eventPhrase(goal.event, locale)} within ${within} of entering`;
    if (goal.where !== undefined) text += zh ? `（${describeLogic(goal.where, locale)}）` : ` (${describeLogic(goal.where, locale)})`;
    if (goal.exit) text += zh ? '；达成后立即结束旅程' : '; reaching it ends the journey';
    add('goal', text);
  }
  if (settings.reentry) {
    const { mode, cooldown } = settings.reentry;
    const texts = {
      never: zh ? '每位客户只进入一次' : 'Each customer enters only once',
      after_exit: zh ? '客户完成旅程后可再次进入' : 'Customers can enter again after they finish',
      always: zh ? '每次满足触发条件都可进入' : 'Customers enter every time the trigger fires',
    };
    let text = texts[mode];
    if (cooldown) text += zh ? `，两次之间至少间隔 ${formatDuration(cooldown, locale)}` : `, at least ${formatDuration(cooldown, locale)} apart`;
    add('reentry', text);
  }
  if (settings.exit_when !== undefined) add('exit_when', describeLogic(settings.exit_when, locale));
  if (settings.holdout !== undefined && settings.holdout > 0)
    add('holdout', zh ? `${formatNumber(settings.holdout, locale)}% 的客户不执行任何动作，用于衡量提升效果` : `${formatNumber(settings.holdout, locale)}% of entrants get nothing, to measure the uplift`);
  if (settings.quiet_hours)
    add('quiet_hours', zh ? `${settings.quiet_hours.start}–${settings.quiet_hours.end}，期间的消息推迟到结束后发送` : `${settings.quiet_hours.start}–${settings.quiet_hours.end}; messages due then wait until it ends`);
  if (settings.frequency_cap)
    add('frequency_cap', zh ? `每 ${formatDuration(settings.frequency_cap.per, locale)}最多 ${settings.frequency_cap.max} 条（所有旅程合计）` : `At most ${settings.frequency_cap.max} messages per ${formatDuration(settings.frequency_cap.per, locale)}, across all playbooks`);
  if (settings.timezone) add('timezone', settings.timezone);
  return lines;
}
