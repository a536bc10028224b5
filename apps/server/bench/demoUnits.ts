/**
 * The demo data set (examples/src/demoData) cut into API requests, for the benches that load it
 * (`scale.bench.ts` through HTTP, `ingestCpu.ts` in process).
 */
import type { DemoRecord } from '@stayflow/examples/demo-data';

/** One `POST /api/customers/batch` body's customers and one `POST /api/events` body's events. */
export interface Unit {
  customers: { id: string; attributes: Record<string, unknown>; tags: string[] }[];
  events: { id: string; customer_id: string; type: string; at: string; properties: Record<string, unknown> }[];
}

/** Cuts the generated records into requests of whole customers with at least `batch` events; never holds more than one unit in memory. */
export function* units(records: Iterable<DemoRecord>, batch: number): Generator<Unit> {
  let unit: Unit = { customers: [], events: [] };
  for (const record of records) {
    if (record.kind === 'customer') {
      if (unit.events.length >= batch) {
        yield unit;
        unit = { customers: [], events: [] };
      }
      unit.customers.push({ id: record.id, attributes: { ...record.attributes }, tags: record.tags });
    } else {
      unit.events.push({ id: record.id, customer_id: record.customer_id, type: record.type, at: record.at, properties: record.properties });
    }
  }
  if (unit.customers.length > 0) yield unit;
}
