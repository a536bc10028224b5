import { describe, expect, it } from 'vitest';
import {
  BEHAVIOURS,
  INDUSTRIES,
  generateDemoData,
  parseDemoNow,
  summarize,
  writeDemoJsonl,
  type DemoCustomer,
  type DemoEvent,
  type DemoRecord,
} from './demoData.ts';

const NOW = '2025-06-01T04:00:00Z';
const NOW_MS = Date.parse(NOW);
const DAY = 86_400_000;
const CJK = /[\u4e00-\u9fff]/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isCalendarDate(text: string): boolean {
  return DATE.test(text) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);
}

interface History {
  customer: DemoCustomer;
  events: DemoEvent[];
  orders: number[];
}

/** Groups a data set by customer, relying on each customer record coming before its events. */
function histories(records: Iterable<DemoRecord>): Map<string, History> {
  const byId = new Map<string, History>();
  for (const record of records) {
    if (record.kind === 'customer') {
      byId.set(record.id, { customer: record, events: [], orders: [] });
      continue;
    }
    const history = byId.get(record.customer_id);
    if (history === undefined) throw new Error(`${record.id} comes before its customer ${record.customer_id}`);
    history.events.push(record);
    if (record.type === 'order_placed') history.orders.push(Date.parse(record.at));
  }
  return byId;
}

const daysSinceLastOrder = (history: History): number => (NOW_MS - Math.max(...history.orders)) / DAY;
const ordersWithin = (history: History, days: number): number => history.orders.filter((at) => NOW_MS - at <= days * DAY).length;

const set2000 = [...generateDemoData({ customers: 2000, seed: 7, now: NOW })];
const customers2000 = [...histories(set2000).values()];

describe('generateDemoData', () => {
  it('gives the same records for the same options and different ones for another seed', () => {
    const first = [...generateDemoData({ customers: 200, seed: 7, now: NOW })];
    expect([...generateDemoData({ customers: 200, seed: 7, now: NOW })]).toEqual(first);
    expect(set2000.slice(0, first.length)).toEqual(first);
    const other = [...generateDemoData({ customers: 200, seed: 8, now: NOW })];
    expect(other).not.toEqual(first);
    expect(other.filter((record) => record.kind === 'customer').map((record) => record.attributes.name)).not.toEqual(
      first.filter((record) => record.kind === 'customer').map((record) => record.attributes.name),
    );
  });

  it('tells the same story relative to a later now', () => {
    const events = (now: string): DemoEvent[] => [...generateDemoData({ customers: 50, now })].filter((record) => record.kind === 'event');
    const today = events(NOW);
    const nextWeek = events(new Date(NOW_MS + 7 * DAY).toISOString());
    expect(nextWeek.map((event) => event.id)).toEqual(today.map((event) => event.id));
    expect(nextWeek.map((event, i) => Date.parse(event.at) - Date.parse(today[i]?.at ?? ''))).toEqual(today.map(() => 7 * DAY));
  });

  it('writes records in the shapes of the customer and event APIs', () => {
    // Problems are collected rather than asserted one by one: 2,000 customers make ~35,000 records.
    const problems: string[] = [];
    const check = (ok: boolean, record: DemoRecord, what: string): void => {
      if (!ok) problems.push(`${record.id}: ${what} in ${JSON.stringify(record)}`);
    };
    const customerIds = new Set<string>();
    const eventIds = new Set<string>();
    for (const record of set2000) {
      // Nothing that JSON would drop or change: what is generated is what gets imported.
      check(JSON.stringify(JSON.parse(JSON.stringify(record))) === JSON.stringify(record), record, 'changes through JSON');
      if (record.kind === 'customer') {
        check(Object.keys(record).join() === 'kind,id,attributes,tags', record, 'customer keys');
        check(/^cus-\d{5}$/.test(record.id) && !customerIds.has(record.id), record, 'id not unique or not cus-NNNNN');
        customerIds.add(record.id);
        const { attributes: a } = record;
        check(a.name.length > 1, record, 'name');
        check(/^[a-z.]+\d+@example\.(com|net|org)$/.test(a.email), record, 'email');
        check(a.phone === undefined || /^\+\d{10,13}$/.test(a.phone), record, 'phone');
        check(['Asia/Shanghai', 'Europe/London', 'America/New_York'].includes(a.timezone), record, 'timezone');
        check(['zh-CN', 'en'].includes(a.locale), record, 'locale');
        check(INDUSTRIES.includes(a.industry) && BEHAVIOURS.includes(a.demo_behaviour) && a.plan !== '', record, 'industry, behaviour or plan');
        check(a.birthday === undefined || isCalendarDate(a.birthday), record, 'birthday');
        check(isCalendarDate(a.signup_date) && Date.parse(a.signup_date) <= NOW_MS, record, 'signup_date');
        check(a.renewal_date === undefined || (a.industry === 'saas' && isCalendarDate(a.renewal_date)), record, 'renewal_date');
        check([a.activated_at, a.renewed_at].every((at) => at === undefined || ISO_INSTANT.test(at)), record, 'activated_at or renewed_at');
        check(new Set(record.tags).size === record.tags.length, record, 'duplicate tags');
        continue;
      }
      check(Object.keys(record).join() === 'kind,id,customer_id,type,at,properties', record, 'event keys');
      check(customerIds.has(record.customer_id), record, 'unknown customer');
      check(record.id.startsWith(`evt-${record.customer_id.slice(4)}-`) && !eventIds.has(record.id), record, 'id not unique or not evt-NNNNN-n');
      eventIds.add(record.id);
      const at = Date.parse(record.at);
      check(ISO_INSTANT.test(record.at) && at <= NOW_MS && at > NOW_MS - 800 * DAY, record, 'at not within the history');
      const { properties: p } = record;
      switch (record.type) {
        case 'order_placed':
          check(typeof p.amount === 'number' && Number.isFinite(p.amount) && p.amount > 0 && (p.currency === 'CNY' || p.currency === 'USD'), record, 'amount');
          break;
        case 'nps_submitted':
          check(Number.isInteger(p.score) && (p.score as number) >= 0 && (p.score as number) <= 10, record, 'score');
          break;
        case 'feedback_submitted':
          check(['positive', 'neutral', 'negative'].includes(String(p.sentiment)) && typeof p.text === 'string' && p.text !== '', record, 'feedback');
          break;
        default:
          check(
            ['session_started', 'signed_up', 'first_use', 'activated', 'subscription_renewed', 'subscription_cancelled', 'lesson_completed'].includes(record.type),
            record,
            'unexpected type',
          );
      }
    }
    expect(problems.slice(0, 5)).toEqual([]);
    expect(customerIds.size).toBe(2000);
    expect(eventIds.size).toBeGreaterThan(10 * 2000);
  });

  it('lists each customer’s events in time order, numbered from 1', () => {
    for (const { events } of customers2000) {
      events.forEach((event, index) => expect(event.id.endsWith(`-${index + 1}`)).toBe(true));
      const times = events.map((event) => Date.parse(event.at));
      expect(times).toEqual([...times].sort((a, b) => a - b));
    }
  });

  it('has members for each default segment: loyal, potential, at risk and churned', () => {
    const withOrders = customers2000.filter((history) => history.orders.length > 0);
    const loyal = withOrders.filter((history) => ordersWithin(history, 90) >= 5 && daysSinceLastOrder(history) <= 30);
    const potential = withOrders.filter((history) => history.orders.length <= 2 && daysSinceLastOrder(history) <= 30);
    const atRisk = withOrders.filter((history) => history.orders.length >= 3 && daysSinceLastOrder(history) >= 60 && daysSinceLastOrder(history) <= 120);
    const churned = withOrders.filter((history) => daysSinceLastOrder(history) > 180);
    for (const segment of [loyal, potential, atRisk, churned]) expect(segment.length).toBeGreaterThan(100);
    expect(customers2000.some((history) => history.orders.length === 0)).toBe(true);
    expect(customers2000.some((history) => history.orders.length === 1)).toBe(true);
  });

  it('lengthens the gaps between orders of fading customers', () => {
    const fading = customers2000.filter((history) => history.customer.attributes.demo_behaviour === 'fading' && history.customer.attributes.industry !== 'saas');
    for (const { orders } of fading) {
      const gaps = orders.slice(1).map((at, i) => at - (orders[i] as number));
      expect(gaps.at(-1)).toBeGreaterThan((gaps[0] as number) * 0.9);
    }
  });

  it('mixes industries, languages, time zones and plausible attributes', () => {
    const attributes = customers2000.map((history) => history.customer.attributes);
    for (const industry of INDUSTRIES) expect(attributes.filter((a) => a.industry === industry).length).toBeGreaterThan(300);
    const shanghai = attributes.filter((a) => a.timezone === 'Asia/Shanghai').length;
    expect(shanghai / attributes.length).toBeGreaterThan(0.75);
    expect(attributes.some((a) => a.timezone === 'Europe/London')).toBe(true);
    expect(attributes.some((a) => a.timezone === 'America/New_York')).toBe(true);
    expect(attributes.some((a) => CJK.test(a.name))).toBe(true);
    expect(attributes.some((a) => /^[A-Z][a-z]+ [A-Z][a-z]+$/.test(a.name) && a.timezone === 'Asia/Shanghai')).toBe(true);
    expect(attributes.some((a) => a.locale === 'en' && a.timezone !== 'Asia/Shanghai')).toBe(true);
    const renewalDays = attributes.flatMap((a) => (a.renewal_date === undefined ? [] : [(Date.parse(a.renewal_date) - NOW_MS) / DAY]));
    expect(renewalDays.every((days) => days > -1 && days < 367)).toBe(true);
    expect(renewalDays.filter((days) => days >= 7 && days <= 30).length).toBeGreaterThan(10);
    expect(renewalDays.filter((days) => days > 180).length).toBeGreaterThan(10);
    const tags = new Set(customers2000.flatMap((history) => history.customer.tags));
    for (const tag of ['vip', 'newsletter', 'wechat']) expect(tags).toContain(tag);
  });

  it('writes feedback in the customer’s language', () => {
    for (const { customer, events } of customers2000) {
      for (const event of events) if (event.type === 'feedback_submitted') expect(CJK.test(String(event.properties.text))).toBe(customer.attributes.locale === 'zh-CN');
    }
  });

  it('makes detractors far more common among churned customers than loyal ones', () => {
    const detractorShare = (behaviour: string): number => {
      const scores = customers2000
        .filter((history) => history.customer.attributes.demo_behaviour === behaviour)
        .flatMap((history) => history.events.filter((event) => event.type === 'nps_submitted').map((event) => event.properties.score as number));
      return scores.filter((score) => score <= 6).length / scores.length;
    };
    expect(detractorShare('churned')).toBeGreaterThan(0.5);
    expect(detractorShare('loyal')).toBeLessThan(0.2);
  });

  it('spreads birthdays over the whole year, Feb 29 included', () => {
    const birthdays = [...generateDemoData({ customers: 5000, now: NOW })].flatMap((record) =>
      record.kind === 'customer' && record.attributes.birthday !== undefined ? [record.attributes.birthday] : [],
    );
    const months = new Set(birthdays.map((birthday) => birthday.slice(5, 7)));
    expect(months.size).toBe(12);
    expect(birthdays.filter((birthday) => birthday.endsWith('-02-29')).length).toBeGreaterThanOrEqual(3);
  });

  it('generates 100,000 customers without keeping them in memory', { timeout: 60_000 }, () => {
    let customers = 0;
    for (const record of generateDemoData({ customers: 100_000, now: NOW })) if (record.kind === 'customer') customers++;
    expect(customers).toBe(100_000);
  });

  it('refuses options that would make the data ambiguous', () => {
    expect(() => [...generateDemoData({ customers: -1, now: NOW })]).toThrow(RangeError);
    expect(() => [...generateDemoData({ customers: 1.5, now: NOW })]).toThrow(RangeError);
    expect(() => [...generateDemoData({ customers: 1, seed: 2 ** 32, now: NOW })]).toThrow(RangeError);
    expect(() => [...generateDemoData({ customers: 1, now: 'yesterday' })]).toThrow(/now must be/);
    expect([...generateDemoData({ customers: 0, now: NOW })]).toEqual([]);
  });
});

describe('parseDemoNow', () => {
  it('reads dates as UTC midnight and date-times with a zone', () => {
    expect(parseDemoNow('2025-06-01')).toBe(Date.UTC(2025, 5, 1));
    expect(parseDemoNow('2025-06-01T09:00:00+08:00')).toBe(Date.UTC(2025, 5, 1, 1));
    expect(parseDemoNow('2025-06-01T09:00Z')).toBe(Date.UTC(2025, 5, 1, 9));
  });

  it('refuses local date-times, impossible dates and free text', () => {
    for (const text of ['2025-06-01T09:00:00', '2025-02-30', '2025-13-01', 'June 1, 2025', '']) expect(parseDemoNow(text)).toBeUndefined();
  });
});

describe('summarize and writeDemoJsonl', () => {
  it('counts customers by industry and behaviour, events by type and customers by order recency', () => {
    const summary = summarize(set2000, NOW_MS);
    expect(summary.customers).toBe(2000);
    expect(summary.events).toBe(set2000.length - 2000);
    expect(Object.values(summary.byIndustry).reduce((a, b) => a + b, 0)).toBe(2000);
    expect(Object.values(summary.byBehaviour).reduce((a, b) => a + b, 0)).toBe(2000);
    expect(summary.matrix.saas.loyal).toBe(customers2000.filter((h) => h.customer.attributes.industry === 'saas' && h.customer.attributes.demo_behaviour === 'loyal').length);
    expect(summary.eventsByType.order_placed).toBe(customers2000.reduce((sum, h) => sum + h.orders.length, 0));
    expect(Object.values(summary.lastOrder).reduce((a, b) => a + b, 0)).toBe(2000);
    expect(summary.lastOrder.never).toBe(customers2000.filter((h) => h.orders.length === 0).length);
  });

  it('writes one JSON record per line and returns the counts of what it wrote', () => {
    const lines: string[] = [];
    const summary = writeDemoJsonl({ customers: 300, seed: 3, now: NOW }, (line) => lines.push(line));
    expect(lines.every((line) => line.endsWith('\n') && !line.slice(0, -1).includes('\n'))).toBe(true);
    const records = lines.map((line) => JSON.parse(line) as DemoRecord);
    expect(records).toEqual([...generateDemoData({ customers: 300, seed: 3, now: NOW })]);
    const eventsByType: Record<string, number> = {};
    for (const record of records) if (record.kind === 'event') eventsByType[record.type] = (eventsByType[record.type] ?? 0) + 1;
    const orderedWithin30Days = [...histories(records).values()].filter((h) => h.orders.length > 0 && daysSinceLastOrder(h) <= 30).length;
    expect(summary).toMatchObject({ customers: 300, events: records.length - 300, eventsByType });
    expect(summary.lastOrder['0-30']).toBe(orderedWithin30Days);
  });
});
