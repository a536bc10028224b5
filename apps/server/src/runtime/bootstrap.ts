import { generateDemoData } from '@stayflow/examples/demo-data';
import { loadTemplates } from '@stayflow/examples';
import type { PlaybookService } from '../services/playbookService.ts';
import type { IncomingCustomer, IncomingEvent, Runtime } from './Runtime.ts';

export interface BootstrapLog {
  info(message: string): void;
}

/**
 * The retention tiers a fresh install starts with (spec "Segments"); operators can edit them.
 * The descriptions are the English of the UI's vocabulary (packages/editor/src/vocabulary.ts,
 * SEGMENT_DESCRIPTION_WORDS), which shows them in the operator's language while unedited.
 */
export const DEFAULT_SEGMENTS = [
  {
    name: 'loyal',
    description: '4 or more orders, the last within 60 days.',
    rule: { and: [{ '>=': [{ var: 'customer.metrics.orders' }, 4] }, { '<=': [{ var: 'customer.metrics.days_since_last_order' }, 60] }] },
  },
  {
    name: 'potential',
    description: '1 to 3 orders, the last within 45 days.',
    rule: {
      and: [
        { '>=': [{ var: 'customer.metrics.orders' }, 1] },
        { '<': [{ var: 'customer.metrics.orders' }, 4] },
        { '<=': [{ var: 'customer.metrics.days_since_last_order' }, 45] },
      ],
    },
  },
  {
    name: 'at_risk',
    description: '2 or more orders, but none for 60 to 180 days.',
    rule: {
      and: [
        { '>=': [{ var: 'customer.metrics.orders' }, 2] },
        { '>': [{ var: 'customer.metrics.days_since_last_order' }, 60] },
        { '<=': [{ var: 'customer.metrics.days_since_last_order' }, 180] },
      ],
    },
  },
  {
    name: 'churned',
    description: 'Ordered before, but not for more than 180 days.',
    rule: { and: [{ '>=': [{ var: 'customer.metrics.orders' }, 1] }, { '>': [{ var: 'customer.metrics.days_since_last_order' }, 180] }] },
  },
];

const DEMO_PLAYBOOKS = ['churn-early-warning', 'nps-follow-up', 'birthday-greeting'];
const SEEDED = 'bootstrap.seeded';
const BATCH = 1000;

/**
 * First start: the default segments, and unless the demo is off, a demo data set and
 * three live templates, so a newcomer sees a living system. Runs once per database.
 */
export async function bootstrap(runtime: Runtime, playbooks: PlaybookService, options: { demo: boolean; demoCustomers: number }, log: BootstrapLog): Promise<void> {
  const store = runtime.store;
  if (await store.settings.get(SEEDED)) return;
  const now = runtime.clock.now();
  for (const segment of DEFAULT_SEGMENTS) {
    if (!(await store.segments.get(segment.name))) await store.segments.put({ name: segment.name, rule: segment.rule, description: segment.description, updatedAt: now });
  }
  await runtime.catalog.reload();

  if (options.demo) {
    log.info(`First start: loading ${options.demoCustomers} demo customers (STAYFLOW_DEMO=0 starts empty)…`);
    let customers: IncomingCustomer[] = [];
    let events: IncomingEvent[] = [];
    const flush = async () => {
      if (customers.length > 0) await runtime.upsertCustomers(customers);
      if (events.length > 0) await runtime.ingest(events);
      customers = [];
      events = [];
    };
    for (const record of generateDemoData({ customers: options.demoCustomers, now: new Date(now).toISOString() })) {
      if (record.kind === 'customer') customers.push({ id: record.id, attributes: { ...record.attributes }, tags: record.tags });
      else events.push({ id: record.id, customer_id: record.customer_id, type: record.type, at: Date.parse(record.at), properties: record.properties });
      if (customers.length + events.length >= BATCH) await flush();
    }
    await flush();
    const templates = new Map(loadTemplates().map((t) => [(t.document as { id: string }).id, t.document]));
    for (const id of DEMO_PLAYBOOKS) {
      const document = templates.get(id);
      if (!document) continue;
      // meta.template: what "Use this template" writes, so the overlap guard knows it exactly.
      const meta = (document as { meta?: Record<string, unknown> }).meta;
      await playbooks.create({ ...(document as object), meta: { ...meta, template: id } }, { partial: false });
      await playbooks.publish(id);
    }
    log.info(`Demo ready: ${await store.customers.count()} customers, live playbooks: ${DEMO_PLAYBOOKS.join(', ')}.`);
  }
  await store.settings.set(SEEDED, new Date(now).toISOString());
}
