/**
 * f. Scale (`BENCH_ONLY=scale pnpm bench`; BENCH_CUSTOMERS=1000000 for the issue's size):
 * the demo data set (examples/src/demoData, about 20 events per customer, two years of
 * history before the clock's now) loaded into a fresh server through the public API,
 * then the win-back template (a segment trigger with a time-based rule) published, then
 * a sweep (the testing clock advanced one hour). Measured:
 *
 *   - load events/s per tenth of the customers (does ingest slow with size?)
 *   - the server's RSS, and the database + WAL + shm on disk, during and after
 *   - publish-to-enrolled time and sweep duration
 *   - p50/p99/max latency of /api/health, a customer read, /api/metrics, /api/segments
 *     and the playbook's stats, from a probe loop at a steady rate in a worker thread
 *     (its own connections: probes never queue behind the load), per phase
 *
 * Only the public API is used, so the same run measures enrolment and sweeps whether the
 * server does them inside the request or as background jobs: "enrolled" is when the
 * playbook's run count reaches the segment's member count (or stops moving while no job is
 * reported), and a sweep lasts until the clock advance has answered and no job is reported.
 *
 * Settings: BENCH_CUSTOMERS (default 20,000), BENCH_SCALE_CONCURRENCY requests in flight
 * (default 4), BENCH_SCALE_BATCH events per request (default 1,000), BENCH_PROBE_MS the
 * period of each probe (default 200 ms; 0: no probes, to measure the load alone). The data go under BENCH_DATA_PARENT (default the
 * system's temporary folder): a 1 M run needs about 10 GB there.
 */
import { generateDemoData } from '@stayflow/examples/demo-data';
import { loadTemplates } from '@stayflow/examples';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { Pool } from 'undici';
import { disk, expectOk, memory, startWatchedServer, T0, type Json, type Row, type Server } from './benchServer.ts';
import { units } from './demoUnits.ts';
import type { LoopDelay } from './loopDelay.ts';

const TEMPLATE = 'win-back';
const SEGMENT = 'churned';
const PROBES = ['health', 'customer', 'metrics', 'segments', 'stats'] as const;
type Probe = (typeof PROBES)[number];
const PHASES = ['load', 'enrol', 'sweep'] as const;
type Phase = (typeof PHASES)[number];

/** Targets of issue 2/8 on this machine. */
const TARGET = { eventsPerSecond: 20_000, apiP99Ms: 50, pageP99Ms: 500, rssMb: 500, diskRatio: 2 };
const PAGE_PROBES: readonly Probe[] = ['metrics', 'segments', 'stats'];

function wholeSetting(name: string, fallback: number, min: number, max: number): number {
  const text = process.env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text.replaceAll('_', ''));
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`${name} must be a whole number from ${min} to ${max}, got "${text}".`);
  return value;
}

/**
 * The probe loop, in a worker thread so that generating and sending the load never delays
 * a probe's timing. Each page has its own connection and asks again `periodMs` after its
 * last request started (at once when the answer took longer).
 */
const PROBE_WORKER = `{
// In a block: a top-level const would shadow globals (performance) that undici's modules read.
const { parentPort, workerData } = require('node:worker_threads');
const { Pool } = require(workerData.undici);
const { performance } = require('node:perf_hooks');
let phase = null;
let customers = 0;
let running = true;
let n = 0;
const samples = {};
const errors = {};
const paths = {
  health: () => '/api/health',
  customer: () => customers > 0 ? '/api/customers/cus-' + String(1 + (n++ * 7919) % customers).padStart(5, '0') : '/api/health',
  metrics: () => '/api/metrics',
  segments: () => '/api/segments',
  stats: () => '/api/playbooks/' + workerData.playbook + '/stats',
};
async function loop(name) {
  const pool = new Pool(workerData.url, { connections: 1 });
  while (running) {
    const started = performance.now();
    const at = phase;
    if (at !== null && (name !== 'customer' || customers > 0)) {
      try {
        const answer = await pool.request({ method: 'GET', path: paths[name]() });
        await answer.body.text();
        const key = at + ' ' + name;
        (samples[key] ??= []).push(performance.now() - started);
        if (answer.statusCode >= 300) errors[key] = (errors[key] ?? 0) + 1;
      } catch (error) {
        const key = at + ' ' + name;
        errors[key] = (errors[key] ?? 0) + 1;
      }
    }
    const wait = workerData.periodMs - (performance.now() - started);
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }
  await pool.close();
}
const loops = workerData.probes.map(loop);
parentPort.on('message', async (message) => {
  if ('phase' in message) phase = message.phase;
  if ('customers' in message) customers = message.customers;
  if (message.stop) {
    running = false;
    await Promise.all(loops);
    parentPort.postMessage({ samples, errors });
  }
});
}`;

interface Latency {
  count: number;
  errors: number;
  p50: number;
  p99: number;
  max: number;
}

function summarize(values: number[] | undefined, errors: number | undefined): Latency | undefined {
  if (!values || values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { count: sorted.length, errors: errors ?? 0, p50: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1]! };
}

class ProbeLoop {
  private readonly worker: Worker;

  constructor(url: string, periodMs: number) {
    this.worker = new Worker(PROBE_WORKER, {
      eval: true,
      workerData: { url, periodMs, probes: periodMs === 0 ? [] : PROBES, playbook: TEMPLATE, undici: createRequire(import.meta.url).resolve('undici') },
    });
    // A failed run must not be kept alive by its probes.
    this.worker.unref();
  }

  phase(phase: Phase | null): void {
    this.worker.postMessage({ phase });
  }

  customers(count: number): void {
    this.worker.postMessage({ customers: count });
  }

  async stop(): Promise<Map<string, Latency>> {
    const answer = new Promise<{ samples: Record<string, number[]>; errors: Record<string, number> }>((resolve) => this.worker.once('message', resolve));
    this.worker.postMessage({ stop: true });
    const { samples, errors } = await answer;
    await this.worker.terminate();
    const result = new Map<string, Latency>();
    for (const key of Object.keys(samples)) result.set(key, summarize(samples[key], errors[key])!);
    return result;
  }
}

/** Samples the server's RSS and files every 500 ms, keeping the peaks. */
class Sampler {
  peakRss = 0;
  peakWal = 0;
  peakTotal = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly server: Server) {
    this.timer = setInterval(() => this.sample(), 500);
  }

  sample(): { rss: number; db: number; wal: number; total: number } {
    const { rss } = memory(this.server.pid);
    const files = disk(this.server);
    this.peakRss = Math.max(this.peakRss, rss);
    this.peakWal = Math.max(this.peakWal, files.wal);
    this.peakTotal = Math.max(this.peakTotal, files.total);
    return { rss, ...files };
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

async function post(pool: Pool, path: string, body: unknown): Promise<Json> {
  const answer = await pool.request({ method: 'POST', path, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const text = await answer.body.text();
  if (answer.statusCode >= 300) throw new Error(`POST ${path} answered ${answer.statusCode}: ${text.slice(0, 2000)}`);
  return JSON.parse(text);
}

interface Tenth {
  customers: number;
  events: number;
  eventsPerSecond: number;
  rss: number;
  db: number;
  wal: number;
  load: number;
}

async function load(server: Server, customers: number, probe: ProbeLoop, sampler: Sampler): Promise<{ tenths: Tenth[]; events: number; seconds: number; clientCpuS: number; ingest: Latency }> {
  const concurrency = wholeSetting('BENCH_SCALE_CONCURRENCY', 4, 1, 64);
  const batch = wholeSetting('BENCH_SCALE_BATCH', 1_000, 1, 10_000);
  const pool = new Pool(server.url, { connections: concurrency, pipelining: 1 });
  const source = units(generateDemoData({ customers, now: T0 }), batch);
  const tenths: Tenth[] = [];
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const ingestMs: number[] = [];
  let events = 0;
  let done = 0; // customers whose events are all stored, counted in order of completion
  let mark = { at: started, events: 0 };
  const nextTenth = () => Math.ceil(((tenths.length + 1) * customers) / 10);
  const send = async () => {
    for (let next = source.next(); !next.done; next = source.next()) {
      const unit = next.value;
      await post(pool, '/api/customers/batch', { customers: unit.customers });
      const sent = performance.now();
      const answer = await post(pool, '/api/events', { events: unit.events });
      ingestMs.push(performance.now() - sent);
      if (answer.accepted !== unit.events.length) throw new Error(`the server accepted ${answer.accepted} of ${unit.events.length} new events`);
      events += unit.events.length;
      done += unit.customers.length;
      probe.customers(done);
      while (tenths.length < 10 && done >= nextTenth()) {
        const now = performance.now();
        const { rss, db, wal } = sampler.sample();
        tenths.push({ customers: done, events, eventsPerSecond: ((events - mark.events) * 1000) / (now - mark.at), rss, db, wal, load: loadavg()[0]! });
        console.log(`  loaded ${done.toLocaleString('en')} customers, ${events.toLocaleString('en')} events: ${Math.round(tenths.at(-1)!.eventsPerSecond).toLocaleString('en')} events/s over the last tenth; RSS ${Math.round(rss)} MB, database ${Math.round(db)} MB, WAL ${Math.round(wal)} MB, load ${loadavg()[0]!.toFixed(2)}`);
        mark = { at: now, events };
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, send));
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  await pool.close();
  return { tenths, events, seconds, clientCpuS: (cpu.user + cpu.system) / 1e6, ingest: summarize(ingestMs, 0)! };
}

/** Background jobs the server reports, if it reports any (`GET /api/playbooks` entries with a job field). */
async function jobsRunning(server: Server): Promise<number> {
  const list = (await expectOk(server, 'GET', '/api/playbooks')).playbooks as Record<string, unknown>[];
  const finished = new Set(['done', 'completed', 'finished', 'failed', 'cancelled']);
  const running = (job: unknown) => job !== null && typeof job === 'object' && !finished.has(String((job as { status?: unknown }).status ?? 'running'));
  let count = 0;
  for (const playbook of list) {
    for (const [key, value] of Object.entries(playbook)) {
      if (!/job/i.test(key)) continue;
      count += Array.isArray(value) ? value.filter(running).length : running(value) ? 1 : 0;
    }
  }
  return count;
}

const entered = async (server: Server): Promise<number> => {
  const { runs } = await expectOk(server, 'GET', `/api/playbooks/${TEMPLATE}/stats`);
  return runs.active + runs.completed + runs.exited;
};

/** Waits until the playbook's runs reach `expected`, or stop moving for 5 s while no job runs; answers when the count last moved. */
async function settled(server: Server, since: number, expected: number): Promise<{ seconds: number; runs: number }> {
  let runs = await entered(server);
  let movedAt = performance.now();
  for (;;) {
    const jobs = await jobsRunning(server);
    if (jobs === 0 && (runs >= expected || performance.now() - movedAt > 5_000)) return { seconds: (movedAt - since) / 1000, runs };
    if (performance.now() - since > 3_600_000) throw new Error(`enrolment did not settle within an hour (${runs} runs, ${jobs} jobs)`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const now = await entered(server);
    if (now !== runs) {
      runs = now;
      movedAt = performance.now();
    }
  }
}

const mb = (n: number) => `${Math.round(n).toLocaleString('en')} MB`;
const ms = (n: number) => (n < 10 ? n.toFixed(1) : Math.round(n).toLocaleString('en'));

export async function scaleScenario(report: (row: Row, detail: string) => void): Promise<void> {
  const customers = wholeSetting('BENCH_CUSTOMERS', 20_000, 10, 1_000_000);
  const server = await startWatchedServer();
  // The server's own loop delay and GC pauses, per phase.
  const loops = new Map<Phase, LoopDelay>();
  const nextPhase = async (ended: Phase | null) => {
    if (ended !== null) loops.set(ended, await server.loop.read());
    server.loop.restart();
  };
  const probe = new ProbeLoop(server.url, wholeSetting('BENCH_PROBE_MS', 200, 0, 10_000));
  const sampler = new Sampler(server);
  try {
    const template = loadTemplates().find((t) => (t.document as { id: string }).id === TEMPLATE)!.document;
    // A draft from the start: its stats are probed while loading too.
    await expectOk(server, 'POST', '/api/playbooks', template);
    const idle = memory(server.pid);
    console.log(`scale server: loading ${customers.toLocaleString('en')} demo customers (load average ${loadavg().map((n) => n.toFixed(2)).join(' ')})`);

    probe.phase('load');
    await nextPhase(null);
    const loaded = await load(server, customers, probe, sampler);
    const afterLoad = sampler.sample();
    // The idle checkpoint empties the WAL a few seconds after the last commit.
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    const settledDisk = sampler.sample();
    const loadRate = loaded.events / loaded.seconds;
    console.log(`  ${loaded.events.toLocaleString('en')} events in ${loaded.seconds.toFixed(1)} s (${Math.round(loadRate).toLocaleString('en')} events/s); the load generator used ${loaded.clientCpuS.toFixed(0)} s of CPU`);

    probe.phase('enrol');
    await nextPhase('load');
    const segment = (await expectOk(server, 'GET', '/api/segments')).segments.find((s: { name: string }) => s.name === SEGMENT);
    const expected = Number(segment?.members ?? Number.POSITIVE_INFINITY);
    const publishStart = performance.now();
    await expectOk(server, 'POST', `/api/playbooks/${TEMPLATE}/publish`);
    const publishAnswer = (performance.now() - publishStart) / 1000;
    const enrolled = await settled(server, publishStart, expected);
    console.log(`  published ${TEMPLATE}: answered in ${publishAnswer.toFixed(1)} s, ${enrolled.runs.toLocaleString('en')} runs after ${enrolled.seconds.toFixed(1)} s (segment ${SEGMENT}: ${expected.toLocaleString('en')} members)`);

    probe.phase('sweep');
    await nextPhase('enrol');
    const sweepStart = performance.now();
    const advanced = await expectOk(server, 'POST', '/api/clock/advance', { by: 'PT1H' });
    const sweepAnswer = (performance.now() - sweepStart) / 1000;
    const swept = await settled(server, sweepStart, Number.POSITIVE_INFINITY);
    const sweepSeconds = Math.max(sweepAnswer, swept.seconds);
    console.log(`  sweep (clock advanced 1 h, ${advanced.fired} timers fired): answered in ${sweepAnswer.toFixed(1)} s, done after ${sweepSeconds.toFixed(1)} s, ${swept.runs.toLocaleString('en')} runs`);
    probe.phase(null);
    await nextPhase('sweep');
    const latencies = await probe.stop();
    const end = sampler.sample();
    const peak = memory(server.pid).peak;

    // The figures, targets next to them.
    console.log(`\nScale run: ${customers.toLocaleString('en')} customers, ${loaded.events.toLocaleString('en')} events (load average now ${loadavg().map((n) => n.toFixed(2)).join(' ')})`);
    console.log('| customers loaded | events | events/s (this tenth) | RSS | database | WAL | load avg |');
    console.log('|---|---|---|---|---|---|---|');
    for (const t of loaded.tenths) console.log(`| ${t.customers.toLocaleString('en')} | ${t.events.toLocaleString('en')} | ${Math.round(t.eventsPerSecond).toLocaleString('en')} | ${mb(t.rss)} | ${mb(t.db)} | ${mb(t.wal)} | ${t.load.toFixed(2)} |`);
    console.log('\n| page | phase | probes | p50 ms | p99 ms | max ms | target (p99) |');
    console.log('|---|---|---|---|---|---|---|');
    for (const name of PROBES) {
      for (const phase of PHASES) {
        const l = latencies.get(`${phase} ${name}`);
        if (!l) continue;
        const target = PAGE_PROBES.includes(name) ? TARGET.pageP99Ms : TARGET.apiP99Ms;
        console.log(`| ${name} | ${phase} | ${l.count}${l.errors ? ` (${l.errors} failed)` : ''} | ${ms(l.p50)} | ${ms(l.p99)} | ${ms(l.max)} | < ${target}${l.p99 < target ? '' : ' ✗'} |`);
      }
    }
    console.log('\nThe server\'s own event loop (monitorEventLoopDelay, 10 ms resolution) and GC pauses:');
    console.log('| phase | loop delay p99 ms | max ms | GCs | longest GC ms | GCs over 20 ms | GC total ms |');
    console.log('|---|---|---|---|---|---|---|');
    for (const [phase, d] of loops) console.log(`| ${phase} | ${ms(d.p99)} | ${ms(d.max)} | ${d.gc.count} | ${ms(d.gc.max)} | ${d.gc.over20} | ${ms(d.gc.totalMs)} |`);

    const size = `${customers.toLocaleString('en')} customers`;
    const slowest = Math.min(...loaded.tenths.map((t) => t.eventsPerSecond));
    report(
      { scenario: `f. scale load, ${size}, ${loaded.events.toLocaleString('en')} events`, target: `≥ ${TARGET.eventsPerSecond.toLocaleString('en')} events/s in every tenth`, measured: `${Math.round(loadRate).toLocaleString('en')} events/s, slowest tenth ${Math.round(slowest).toLocaleString('en')}`, met: slowest >= TARGET.eventsPerSecond },
      `first tenth ${Math.round(loaded.tenths[0]?.eventsPerSecond ?? 0).toLocaleString('en')}, last ${Math.round(loaded.tenths.at(-1)?.eventsPerSecond ?? 0).toLocaleString('en')} events/s; POST /api/events of ${wholeSetting('BENCH_SCALE_BATCH', 1_000, 1, 10_000).toLocaleString('en')} events p50 ${ms(loaded.ingest.p50)} / p99 ${ms(loaded.ingest.p99)} / max ${ms(loaded.ingest.max)} ms`,
    );
    report(
      { scenario: `f. scale server RSS, ${size}`, target: `< ${TARGET.rssMb} MB`, measured: `peak ${mb(Math.max(peak, sampler.peakRss))}`, met: Math.max(peak, sampler.peakRss) < TARGET.rssMb },
      `${mb(idle.rss)} empty, ${mb(afterLoad.rss)} after the load, ${mb(end.rss)} at the end`,
    );
    const ratio = settledDisk.total / settledDisk.db;
    const peakRatio = sampler.peakTotal / afterLoad.db;
    report(
      {
        scenario: `f. scale disk during and after the load, ${size}`,
        target: `< ${TARGET.diskRatio}× the database`,
        measured: `peak ${peakRatio.toFixed(2)}×, after ${ratio.toFixed(2)}× (${mb(settledDisk.total)} for a ${mb(settledDisk.db)} database)`,
        met: ratio < TARGET.diskRatio && peakRatio < TARGET.diskRatio,
      },
      `WAL peak ${mb(sampler.peakWal)}, files peak ${mb(sampler.peakTotal)} against the loaded database's ${mb(afterLoad.db)}; ${mb(afterLoad.total)} at the last commit; ${mb(end.total)} at the end`,
    );
    // With the testing clock, publishing answers once its enrolment job is done (README, "Background jobs").
    const realClock = process.env.BENCH_CLOCK === 'real';
    report(
      {
        scenario: `f. scale publish-to-enrolled (${TEMPLATE}), ${size}`,
        target: realClock ? 'publish answers within 1.5 s' : '— (testing clock: publish waits for the job)',
        measured: `answer ${publishAnswer.toFixed(1)} s, enrolled ${enrolled.seconds.toFixed(1)} s`,
        met: !realClock || publishAnswer < 1.5,
      },
      `${enrolled.runs.toLocaleString('en')} runs`,
    );
    report(
      { scenario: `f. scale sweep (clock +1 h), ${size}`, target: '—', measured: `${sweepSeconds.toFixed(1)} s`, met: true },
      `the advance answered in ${sweepAnswer.toFixed(1)} s; ${advanced.fired} timers fired`,
    );
    for (const name of PROBES) {
      const target = PAGE_PROBES.includes(name) ? TARGET.pageP99Ms : TARGET.apiP99Ms;
      const all = PHASES.map((phase) => latencies.get(`${phase} ${name}`)).filter((l): l is Latency => l !== undefined);
      if (all.length === 0) continue;
      const worst = Math.max(...all.map((l) => l.p99));
      const failed = all.reduce((sum, l) => sum + l.errors, 0);
      report(
        { scenario: `f. scale ${name} p99 while loading, enrolling and sweeping, ${size}`, target: `< ${target} ms`, measured: `worst p99 ${ms(worst)} ms`, met: worst < target && failed === 0 },
        `${PHASES.map((phase) => { const l = latencies.get(`${phase} ${name}`); return l ? `${phase} p50 ${ms(l.p50)} / p99 ${ms(l.p99)} / max ${ms(l.max)}` : `${phase} —`; }).join('; ')}${failed ? `; ${failed} failed` : ''}`,
      );
    }
  } finally {
    sampler.stop();
    await server.stop();
  }
}
