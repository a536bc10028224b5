/**
 * Timer drain CPU, in process: scenario c of `pnpm bench` (customers each entered in a playbook
 * that waits an hour, then one `POST /api/clock/advance` fires every wait) on the service
 * (`createService`, SQLite file, testing clock) through `app.inject`, and the CPU the drain took:
 * the whole process (`process.cpuUsage`: SQLite's checkpointer thread and the garbage
 * collector's helpers included) and the main thread alone (`/proc/self/task/<pid>/stat`, Linux
 * only; 10 ms ticks), which is the drain's wall time on a quiet machine.
 *
 *   BENCH_TIMERS=20000 pnpm exec tsx bench/timerCpu.ts
 */
import { loadavg } from 'node:os';
import { mainThreadCpuMs, startInProcess } from './inProcess.ts';
import { document } from './workload.ts';

const timers = Number(process.env.BENCH_TIMERS ?? 100_000);
if (!Number.isInteger(timers) || timers < 1_000 || timers % 1_000 !== 0) throw new Error(`BENCH_TIMERS must be a whole number of thousands, at least 1000, not ${process.env.BENCH_TIMERS}`);

const { post, stop } = await startInProcess('timer-cpu');

const customerId = (n: number) => `cust-${String(n).padStart(6, '0')}`;
for (let from = 0; from < timers; from += 10_000) {
  const customers = Array.from({ length: Math.min(10_000, timers - from) }, (_, i) => ({ id: customerId(from + i), attributes: { name: `Customer ${from + i}` } }));
  await post('/api/customers/batch', { customers });
}
await post(
  '/api/playbooks',
  document('hourly-check', [
    { id: 'start', type: 'trigger', on: 'event', event: 'signed_up' },
    { id: 'wait', type: 'wait', for: 'PT1H' },
    { id: 'task', type: 'action', action: 'create_task', title: 'Check on {{customer.name}}' },
  ]),
);
await post('/api/playbooks/hourly-check/publish', {});
for (let from = 0; from < timers; from += 1_000) {
  await post('/api/events', { events: Array.from({ length: 1_000 }, (_, i) => ({ id: `signup-${from + i}`, customer_id: customerId(from + i), type: 'signed_up' })) });
}

const started = { cpu: process.cpuUsage(), main: mainThreadCpuMs(), wall: performance.now() };
const fired = Number((await post('/api/clock/advance', { by: 'PT1H' })).fired);
const cpu = process.cpuUsage(started.cpu);
const main = mainThreadCpuMs() - started.main;
const wall = performance.now() - started.wall;
const perTimer = (ms: number) => ((ms * 1000) / timers).toFixed(0);
const processMs = (cpu.user + cpu.system) / 1000;
console.log(
  `${timers.toLocaleString('en')} timers, ${fired.toLocaleString('en')} fired in ${(wall / 1000).toFixed(1)} s: CPU ${(processMs / 1000).toFixed(1)} s (${perTimer(processMs)} µs a timer), main thread ${(main / 1000).toFixed(1)} s (${perTimer(main)} µs a timer); load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`,
);
await stop();
