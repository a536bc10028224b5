import type { PublishPreview } from '@stayflow/engine';

const count = (n: number) => n.toLocaleString('en');
const joined = (parts: string[]) => (parts.length === 0 ? '' : ` (${parts.join(', ')})`);

/**
 * The preview's figures as `stayflow simulate` prints them, one line each: who enters,
 * messages per channel, coupons per currency and per percentage (never added across
 * currencies), tasks with the busiest day, and the overlaps with the other playbooks
 * simulated. The figures are the publish preview's (`simulatePreviews`), not recounted here.
 */
export function describePreview(preview: PublishPreview): string[] {
  const { entered, messages, coupons, tasks } = preview;
  const busiest = tasks.by_day.reduce<{ day: string; count: number } | null>((top, day) => (top === null || day.count > top.count ? day : top), null);
  const lines = [
    `over ${preview.horizon_days} days: ${count(entered.over_horizon)} enter, ${count(entered.now)} of them at the start`,
    `messages: ${count(messages.total)}${joined(Object.entries(messages.by_channel).map(([channel, n]) => `${channel} ${count(n)}`))}`,
    `coupons: ${count(coupons.total)}${joined([
      ...coupons.by_currency.map((c) => `${count(c.count)} worth ${c.value.toLocaleString('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}${c.currency === '' ? '' : ` ${c.currency}`}`),
      ...coupons.by_percent.map((c) => `${count(c.count)} × ${c.percent}% off`),
    ])}`,
    `tasks: ${count(tasks.total)}${busiest === null ? '' : ` (busiest day ${busiest.day}: ${count(busiest.count)})`}`,
  ];
  for (const o of preview.overlaps) lines.push(`overlaps ${o.name} (${o.playbook_id}): ${count(o.customers_in_both)} customers in both, ${count(o.contacted_by_both)} contacted by both`);
  return lines;
}
