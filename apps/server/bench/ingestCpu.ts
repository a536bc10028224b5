/**
 * Ingest CPU per event, in process: the service (`createService`, SQLite file, testing clock)
 * takes the demo data through `app.inject` — `POST /api/customers/batch` then `POST /api/events`,
 * whole customers per request, at least `BENCH_SCALE_BATCH` (1,000) events, one request at a
 * time — and prints the CPU time per event for each tenth of the customers.
 * No sockets and no load generator in the measured process: only the server's own work.
 *
 *   BENCH_CUSTOMERS=20000 pnpm exec tsx bench/ingestCpu.ts
 *
 * At size: `BENCH_DATA=<file> BENCH_FIRST=<n>` ingests customers n, n+1, … of the demo set into an
 * existing database (a copy of a scale run's, say, holding customers 1 to n−1: the file is changed).
 *
 * With `node --cpu-prof` (`NODE_OPTIONS="--cpu-prof --cpu-prof-dir=DIR"`) it gives the profile of
 * the same work. The generation of the data and the bodies' serialisation are not counted (only
 * the time inside `inject`). Two figures: the whole process (`process.cpuUsage`: every thread,
 * SQLite's checkpointer and the garbage collector's helpers included) and the main thread alone
 * (`/proc/self/task/<pid>/stat`, Linux only; 10 ms ticks).
 */
import { generateDemoData } from '@stayflow/examples/demo-data';
import { loadavg } from 'node:os';
import { T0 } from './benchServer.ts';
import { units } from './demoUnits.ts';
import { mainThreadCpuMs, startInProcess } from './inProcess.ts';

const customers = Number(process.env.BENCH_CUSTOMERS ?? 20_000);
const batch = Number(process.env.BENCH_SCALE_BATCH ?? 1_000);
const first = Number(process.env.BENCH_FIRST ?? 1);
if (!Number.isInteger(first) || first < 1) throw new Error(`BENCH_FIRST must be a whole number of at least 1, not ${process.env.BENCH_FIRST}`);
if (!Number.isInteger(customers) || customers < 10) throw new Error(`BENCH_CUSTOMERS must be a whole number of at least 10, not ${process.env.BENCH_CUSTOMERS}`);
if (!Number.isInteger(batch) || batch < 1) throw new Error(`BENCH_SCALE_BATCH must be a whole number of at least 1, not ${process.env.BENCH_SCALE_BATCH}`);

const { post, stop } = await startInProcess('ingest-cpu', process.env.BENCH_DATA);

const cpuMicros = () => {
  const { user, system } = process.cpuUsage();
  return user + system;
};

const mainThreadMicros = () => mainThreadCpuMs() * 1000;

let done = 0;
let events = 0;
let cpu = 0;
let main = 0;
let mark = { cpu: 0, main: 0, events: 0, wall: performance.now() };
let tenth = 1;
console.log(`ingest CPU per event, ${customers.toLocaleString('en')} customers, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
for (const unit of units(generateDemoData({ customers, first, now: T0 }), batch)) {
  const customersBody = JSON.stringify({ customers: unit.customers });
  const eventsBody = JSON.stringify({ events: unit.events });
  const started = cpuMicros();
  const startedMain = mainThreadMicros();
  await post('/api/customers/batch', customersBody);
  const answer = await post('/api/events', eventsBody);
  cpu += cpuMicros() - started;
  main += mainThreadMicros() - startedMain;
  if (answer.accepted !== unit.events.length) throw new Error(`the server accepted ${answer.accepted} of ${unit.events.length} new events`);
  events += unit.events.length;
  done += unit.customers.length;
  while (tenth <= 10 && done >= Math.ceil((tenth * customers) / 10)) {
    const n = events - mark.events;
    const wall = performance.now();
    console.log(
      `  tenth ${tenth}: ${done.toLocaleString('en')} customers, ${events.toLocaleString('en')} events: ${((cpu - mark.cpu) / n).toFixed(1)} µs CPU per event (main thread ${((main - mark.main) / n).toFixed(1)}), ${Math.round((n * 1000) / (wall - mark.wall)).toLocaleString('en')} events/s wall; load ${loadavg()[0]!.toFixed(2)}`,
    );
    mark = { cpu, main, events, wall };
    tenth++;
  }
}
console.log(`overall: ${(cpu / events).toFixed(1)} µs CPU per event (main thread ${(main / events).toFixed(1)}) over ${events.toLocaleString('en')} events`);
await stop();
