import { expect } from 'vitest';
import { playbook } from './harness.ts';
import { call, type ServerProcess } from './serverProcess.ts';

/** Creates and publishes a playbook on a server process; the test fails at once if either is refused, not later on a missing effect. */
export async function publish(server: ServerProcess, document: { id: string }): Promise<void> {
  expect((await call(server, 'POST', '/api/playbooks', document)).status).toBe(201);
  expect(await call(server, 'POST', `/api/playbooks/${document.id}/publish`)).toMatchObject({ status: 200 });
}

/** Runs `work` over the items with `concurrency` of them in flight: the server sees many clients at once, as in a real storm. */
export async function pool<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < items.length) await work(items[next++]!);
  }));
}

/** The id of the storm's customer `n`, zero-padded so that ids sort in number order. */
export const customerId = (n: number) => `c-${String(n).padStart(3, '0')}`;

/**
 * Batch `b` of a storm of orders: `perBatch` events whose ids are unique across the storm (so a
 * re-sent batch is recognised), customers interleaved over `customers` so each has many events
 * in many batches.
 */
export function orderBatch(b: number, { perBatch, customers }: { perBatch: number; customers: number }) {
  return {
    events: Array.from({ length: perBatch }, (_, i) => {
      const n = b * perBatch + i;
      return { id: `order-${b}-${i}`, customer_id: customerId((n * 7) % customers), type: 'order_placed', properties: { amount: 10 + (n % 90) } };
    }),
  };
}

/**
 * What every order sets off: a coupon and a message that names it (an effect done twice shows
 * as a second one), then a wait of a day (a timer that must outlive a crash or a restore) and a task.
 */
export const followUp = playbook('order-follow-up', [
  { id: 'start', type: 'trigger', on: 'event', event: 'order_placed' },
  { id: 'coupon', type: 'action', action: 'issue_coupon', percent: 10, valid_for: 'P30D' },
  { id: 'thanks', type: 'action', action: 'send_message', channel: 'inbox', template: { subject: 'Thank you', body: 'Your code: {{coupon.code}}' } },
  { id: 'wait', type: 'wait', for: 'P1D' },
  { id: 'call', type: 'action', action: 'create_task', title: 'Call {{customer.id}} about their order' },
]);
