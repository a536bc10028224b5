import { describe, expect, it } from 'vitest';
import { buildContext } from '../buildContext.ts';
import { at, customerView, event, ordersAt } from '../testing/fixtures.ts';
import { renderTemplate, type TemplateContext } from './renderTemplate.ts';

const now = at('2025-06-01T08:00:00Z');
const context = (attributes: Record<string, unknown> = { name: 'Mei' }): TemplateContext => ({
  ...buildContext(customerView({ attributes, metrics: ordersAt(now - 93.236 * 86_400_000) }, now), event('nps_submitted', now, { score: 9 }), now),
  coupon: { code: 'SF-ABC', percent: 15, valid_until: '2025-06-15' },
  playbook: { name: 'Win back' },
});

describe('renderTemplate', () => {
  it('fills customer, metrics, event, coupon, playbook and now placeholders', () => {
    const text = 'Hi {{customer.name}} ({{customer.metrics.orders}} order, {{customer.metrics.days_since_last_order}} days): you gave {{event.properties.score}}. {{coupon.code}} {{coupon.percent}}% until {{coupon.valid_until}} — {{playbook.name}} at {{now}}';
    expect(renderTemplate(text, context())).toBe('Hi Mei (1 order, 93.24 days): you gave 9. SF-ABC 15% until 2025-06-15 — Win back at 2025-06-01T08:00:00.000Z');
  });

  it('uses the default for a missing, null or empty value, and nothing without one', () => {
    const text = '{{customer.name | default: "friend"}}/{{customer.city}}/{{customer.nickname | default: \'pal\'}}';
    expect(renderTemplate(text, context({ name: '', nickname: null }))).toBe('friend//pal');
  });

  it('renders an unknown placeholder as nothing', () => {
    expect(renderTemplate('a{{unknown.thing}}b{{customer.metrics.nope}}c', context())).toBe('abc');
  });

  it('never reads inherited properties', () => {
    expect(renderTemplate('{{customer.constructor}}{{customer.name.length}}{{coupon.__proto__}}', context())).toBe('');
  });

  it('escapes values, not the author’s text, for HTML email bodies', () => {
    expect(renderTemplate('<p>Hi {{customer.name}}</p>', context({ name: 'Tom & <Jerry> "T"' }), { html: true })).toBe('<p>Hi Tom &amp; &lt;Jerry&gt; &quot;T&quot;</p>');
  });

  it('escapes values for the inside of JSON strings in webhook bodies', () => {
    const body = renderTemplate('{"name":"{{customer.name}}"}', context({ name: 'Say "hi"\\' }), { json: true });
    expect(JSON.parse(body)).toEqual({ name: 'Say "hi"\\' });
  });

  it('lists arrays and keeps text without placeholders as it is', () => {
    expect(renderTemplate('{{customer.tags}}', { ...context(), customer: { tags: ['vip', 'new'] } })).toBe('vip, new');
    expect(renderTemplate('No placeholders {here}', context())).toBe('No placeholders {here}');
  });
});
