/**
 * `pnpm bench` (apps/server): the issue's throughput targets, measured against the real
 * server started as `node --import tsx src/main.ts` (what `pnpm start` runs) on loopback,
 * with the testing clock so no real timer fires on its own, and default logging.
 *
 *   a. batched ingest, 10 live playbooks: POST /api/events with 100 events   ≥ 5,000 events/s
 *   b. single-event POST                                                       ≥ 2,000 req/s, p99 < 25 ms
 *   c. 100,000 timers falling due at once, drained by one clock advance        < 20 s
 *   d. server RSS with 100,000 customers (each with a waiting run)             < 300 MB
 *   e. rules right at the checker's cost bound, evaluated under load             worst event-loop delay < 50 ms
 *   f. scale: the demo data set loaded through the API, then a segment-triggered publish and a
 *      sweep, with the operator pages probed throughout (scale.bench.ts; BENCH_CUSTOMERS sets the size)
 *   g. the publish preview over 100,000 customers × 30 days, progress shown     ≤ 10 s (preview.bench.ts)
 *
 * One run; prints a line per scenario and a table at the end. The figures in
 * apps/server/README.md come from here.
 *
 * a–c run on SQLite and then on PostgreSQL (one process; a throwaway cluster with fsync on,
 * `synchronous_commit=off` like SQLite's synchronous=NORMAL, a fresh database per server);
 * BENCH_BACKEND=sqlite|postgres runs one. On PostgreSQL, a's target is half of SQLite's figure.
 * BENCH_PROCESSES=2 runs PostgreSQL's a–d with two server processes on its one database: the
 * requests are spread evenly over them (half the connections each), c's advance is asked of the
 * first (the second's scheduler shares the due timers through their leases), d is the first's RSS.
 *
 * To see where the time goes: BENCH_ONLY=ingest|single|timers|rules|scale|preview runs a part, and
 * BENCH_SERVER_FLAGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the server;
 * BENCH_TIMERS=20000 runs c and d with that many customers and timers (whole thousands; the
 * target scales with it) for a quicker profile of the timer drain;
 * BENCH_CLOCK=real BENCH_ONLY=ingest measures ingest with the real clock's scheduler.
 * BENCH_PG_STATEMENTS=1 prints PostgreSQL's statements by time for a and b (pg_stat_statements).
 */
import { createTestDatabase, postgresWork, prepareTemplate, processCpuMs, startPostgresCluster, statementWork, type PostgresCluster } from '@stayflow/store/testing';
import autocannon from 'autocannon';
import { cpus, loadavg } from 'node:os';
import { call, cleanUpServers, expectOk, memory, startServer, startWatchedServer, type Row, type Server } from './benchServer.ts';
import { previewScenario } from './preview.bench.ts';
import { scaleScenario } from './scale.bench.ts';
import { document, eventStream, PLAYBOOK_CUSTOMERS, tenPlaybooks } from './workload.ts';

const WARM_UP_S = 3;
const MEASURE_S = 15;
const BIG = 100_000;
/** Customers (each with one waiting timer) in c and d: BENCH_TIMERS, 100,000 by default; fewer for a quicker profile of the drain. */
const TIMERS = benchTimers(process.env.BENCH_TIMERS);

function benchTimers(value: string | undefined): number {
  if (value === undefined) return BIG;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1_000 || n % 1_000 !== 0) throw new Error(`BENCH_TIMERS must be a whole number of thousands, at least 1000 (timers drained in scenario c), not "${value}".`);
  return n;
}

const rows: Row[] = [];

/** Server processes sharing PostgreSQL's database (BENCH_PROCESSES, 1 or 2; SQLite is always one). */
const PROCESSES = Number(process.env.BENCH_PROCESSES ?? 1);

/** Where a benchmarked server keeps its data: SQLite under its folder, or a new database of the bench's PostgreSQL cluster. */
interface Backend {
  name: 'SQLite' | 'PostgreSQL';
  /** The server's extra environment (a new database each call on PostgreSQL). */
  env(): Promise<Record<string, string>>;
  /** Appended to the scenario names: '' on SQLite, as before. */
  suffix: string;
}

/** What a measured load cost: CPU of the server processes and of the database's, and (PostgreSQL) its commits. */
interface Work {
  serversMs: number[];
  databaseMs: number;
  commits: number;
}

/** BENCH_PG_STATEMENTS=1: PostgreSQL's statements by time for each measured load of a and b (`pg_stat_statements`). */
const STATEMENTS = process.env.BENCH_PG_STATEMENTS === '1';

/** With BENCH_PG_STATEMENTS on PostgreSQL: prints the statements of the load since the last call, per request, and starts counting again. */
async function statementsSince(env: Record<string, string>, label: string, requests: number): Promise<void> {
  if (!STATEMENTS || env.STAYFLOW_DATABASE_URL === undefined) return;
  const statements = await statementWork(env.STAYFLOW_DATABASE_URL);
  if (requests === 0) return;
  console.log(`  PostgreSQL statements of ${label}, by time (per request: calls, ms, rows):`);
  for (const s of statements) console.log(`    ${(s.calls / requests).toFixed(2)} × ${(s.totalMs / requests).toFixed(3)} ms ${(s.rows / requests).toFixed(1)} rows  ${s.query.replace(/\s+/g, ' ').slice(0, 220)}`);
}

/** The work done so far by the servers and, on PostgreSQL, by the database they share (its URL in `env`). */
async function workSoFar(servers: readonly Server[], env: Record<string, string>): Promise<Work> {
  const database = env.STAYFLOW_DATABASE_URL === undefined ? { cpuMs: 0, commits: 0 } : await postgresWork(env.STAYFLOW_DATABASE_URL);
  return { serversMs: servers.map((s) => processCpuMs(s.pid)), databaseMs: database.cpuMs, commits: database.commits };
}

/**
 * "CPU per request: servers 0.9 + 0.8 ms, PostgreSQL 0.7 ms; 1.45 commits per request": the cost,
 * whatever else the machine runs. Commits count every transaction, read-only and autocommitted
 * statements included: about the statements sent outside the advances' transactions plus their share of those.
 */
function workPerRequest(before: Work, after: Work, requests: number, postgres: boolean): string {
  const per = (ms: number) => (ms / Math.max(1, requests)).toFixed(2);
  const servers = after.serversMs.map((ms, i) => per(ms - before.serversMs[i]!)).join(' + ');
  if (!postgres) return `CPU per request: server ${servers} ms`;
  const commits = after.commits - before.commits;
  return `CPU per request: server${after.serversMs.length > 1 ? 's' : ''} ${servers} ms, PostgreSQL ${per(after.databaseMs - before.databaseMs)} ms; ${(commits / Math.max(1, requests)).toFixed(2)} commits per request`;
}

const sqlite: Backend = { name: 'SQLite', env: async () => ({}), suffix: '' };

function postgres(cluster: PostgresCluster): Backend {
  return {
    name: 'PostgreSQL',
    env: async () => ({ STAYFLOW_DATABASE_URL: await createTestDatabase(cluster.url()) }),
    suffix: ` — PostgreSQL, ${PROCESSES} process${PROCESSES === 1 ? '' : 'es'}`,
  };
}

/** The backend's server processes, started together on one database. */
async function startServers(backend: Backend): Promise<Server[] & { env: Record<string, string> }> {
  const env = await backend.env();
  const servers = await Promise.all(Array.from({ length: backend.name === 'PostgreSQL' ? PROCESSES : 1 }, () => startServer({ env })));
  return Object.assign(servers, { env });
}

type Load = Pick<autocannon.Result, '2xx' | 'duration'> & { latency: Pick<autocannon.Result['latency'], 'p50' | 'p97_5' | 'p99' | 'max'> };

/** postEvents on every process at once, the connections shared out; requests summed, latencies the worst process's. */
async function postEventsAll(servers: readonly Server[], seconds: number, connections: number, body: () => unknown): Promise<Load> {
  const results = await Promise.all(servers.map((server) => postEvents(server, seconds, Math.max(1, Math.round(connections / servers.length)), body)));
  const worst = (key: 'p50' | 'p97_5' | 'p99' | 'max') => Math.max(...results.map((r) => r.latency[key]));
  return {
    '2xx': results.reduce((sum, r) => sum + r['2xx'], 0),
    duration: Math.max(...results.map((r) => r.duration)),
    latency: { p50: worst('p50'), p97_5: worst('p97_5'), p99: worst('p99'), max: worst('max') },
  };
}

/** SQLite's batched ingest (events/s), the base of PostgreSQL's target. */
let sqliteIngest: number | undefined;

function report(row: Row, detail: string): void {
  rows.push(row);
  console.log(`${row.met ? '✓' : '✗'} ${row.scenario}: ${row.measured} (target ${row.target})${detail ? ` — ${detail}` : ''}`);
}

async function loadCustomers(server: Server, count: number, batchSize: number): Promise<void> {
  for (let from = 0; from < count; from += batchSize) {
    const customers = Array.from({ length: Math.min(batchSize, count - from) }, (_, i) => {
      const n = from + i;
      return {
        id: `cust-${String(n).padStart(6, '0')}`,
        attributes: { name: `Customer ${n}`, email: `customer${n}@example.com`, city: ['Shanghai', 'Berlin', 'Austin', 'Lagos'][n % 4], plan: n % 3 === 0 ? 'pro' : 'free' },
        tags: n % 10 === 0 ? ['vip'] : [],
      };
    });
    await expectOk(server, 'POST', '/api/customers/batch', { customers });
  }
}

function cannon(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

/** POST /api/events with a body built per request: every event id is new, so nothing is a cheap duplicate. */
async function postEvents(server: Server, seconds: number, connections: number, body: () => unknown): Promise<autocannon.Result> {
  const result = await cannon({
    url: `${server.url}/api/events`,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => ({ ...request, body: JSON.stringify(body()) }),
      },
    ],
  });
  if (result.errors > 0 || result.non2xx > 0) throw new Error(`ingest failed: ${result.errors} errors, ${result.non2xx} non-2xx answers`);
  return result;
}

/**
 * Waits until the server runs no background job (a job a publication queued may still walk the
 * customers after the publish answered), so that a measurement counts only its requests' work;
 * answers the seconds waited.
 */
async function jobsSettled(server: Server): Promise<number> {
  const since = performance.now();
  while ((await expectOk(server, 'GET', '/api/jobs?status=active&limit=1')).jobs.length > 0) {
    if (performance.now() - since > 600_000) throw new Error('background jobs still ran 10 minutes after the playbooks were published');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return (performance.now() - since) / 1000;
}

async function ingestScenarios(backend: Backend): Promise<void> {
  const servers = await startServers(backend);
  const server = servers[0]!;
  try {
    await loadCustomers(server, PLAYBOOK_CUSTOMERS, 5_000);
    for (const playbook of tenPlaybooks()) {
      await expectOk(server, 'POST', '/api/playbooks', playbook);
      await expectOk(server, 'POST', `/api/playbooks/${playbook.id}/publish`);
    }
    const live = (await expectOk(server, 'GET', '/api/playbooks')).playbooks.filter((p: { status: string }) => p.status === 'live').length;
    const settled = await jobsSettled(server);
    console.log(`ingest server on ${backend.name}: ${PLAYBOOK_CUSTOMERS.toLocaleString('en')} customers, ${live} live playbooks (background jobs done in ${settled.toFixed(1)} s)`);

    if (process.env.BENCH_ONLY !== 'single') {
      const next = eventStream(1);
      const batch = () => ({ events: Array.from({ length: 100 }, next) });
      await postEventsAll(servers, WARM_UP_S, 4, batch);
      await statementsSince(servers.env, 'a', 0);
      const before = await workSoFar(servers, servers.env);
      const batched = await postEventsAll(servers, MEASURE_S, 4, batch);
      await statementsSince(servers.env, 'a', batched['2xx']);
      const work = workPerRequest(before, await workSoFar(servers, servers.env), batched['2xx'], backend.name === 'PostgreSQL');
      const eventsPerSecond = (batched['2xx'] * 100) / batched.duration;
      if (backend.name === 'SQLite') sqliteIngest = eventsPerSecond;
      const target = backend.name === 'SQLite' || sqliteIngest === undefined ? 5_000 : sqliteIngest / 2;
      const targetText = backend.name === 'SQLite' || sqliteIngest === undefined ? '≥ 5,000 events/s' : `≥ ${Math.round(target).toLocaleString('en')} events/s (half of SQLite's)`;
      report(
        { scenario: `a. batched ingest (100 events/request, 10 live playbooks)${backend.suffix}`, target: targetText, measured: `${Math.round(eventsPerSecond).toLocaleString('en')} events/s`, met: eventsPerSecond >= target },
        `${batched['2xx']} requests in ${batched.duration.toFixed(1)} s, p99 ${batched.latency.p99} ms; ${work}`,
      );
    }

    const single = eventStream(2);
    await postEventsAll(servers, WARM_UP_S, 10, single);
    await statementsSince(servers.env, 'b', 0);
    const before = await workSoFar(servers, servers.env);
    const one = await postEventsAll(servers, MEASURE_S, 10, single);
    await statementsSince(servers.env, 'b', one['2xx']);
    const work = workPerRequest(before, await workSoFar(servers, servers.env), one['2xx'], backend.name === 'PostgreSQL');
    const perSecond = one['2xx'] / one.duration;
    report(
      {
        scenario: `b. single-event POST (10 connections)${backend.suffix}`,
        target: '≥ 2,000 req/s, p99 < 25 ms',
        measured: `${Math.round(perSecond).toLocaleString('en')} req/s, p99 ${one.latency.p99} ms`,
        met: perSecond >= 2_000 && one.latency.p99 < 25,
      },
      `p50 ${one.latency.p50} ms, p97.5 ${one.latency.p97_5} ms, max ${one.latency.max} ms; ${work}`,
    );
    const runs = (await expectOk(server, 'GET', '/api/playbooks')).playbooks.reduce((sum: number, p: { entered: number }) => sum + p.entered, 0);
    console.log(`  (the ingest server ended with ${runs.toLocaleString('en')} runs started)`);
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
  }
}

async function timerScenarios(backend: Backend): Promise<void> {
  const servers = await startServers(backend);
  const server = servers[0]!;
  try {
    const idle = memory(server.pid);
    const load = Date.now();
    await loadCustomers(server, TIMERS, 10_000);
    const customersLoaded = (Date.now() - load) / 1000;
    await expectOk(
      server,
      'POST',
      '/api/playbooks',
      document('hourly-check', [
        { id: 'start', type: 'trigger', on: 'event', event: 'signed_up' },
        { id: 'wait', type: 'wait', for: 'PT1H' },
        { id: 'task', type: 'action', action: 'create_task', title: 'Check on {{customer.name}}' },
      ]),
    );
    await expectOk(server, 'POST', '/api/playbooks/hourly-check/publish');
    const enter = Date.now();
    for (let from = 0; from < TIMERS; from += 1_000) {
      const events = Array.from({ length: 1_000 }, (_, i) => ({ id: `signup-${from + i}`, customer_id: `cust-${String(from + i).padStart(6, '0')}`, type: 'signed_up' }));
      await expectOk(server, 'POST', '/api/events', { events });
    }
    const entered = (Date.now() - enter) / 1000;
    const waiting = (await expectOk(server, 'GET', '/api/playbooks/hourly-check/stats')).runs.active;
    console.log(`timer server on ${backend.name}: ${TIMERS.toLocaleString('en')} customers loaded in ${customersLoaded.toFixed(1)} s, ${waiting.toLocaleString('en')} runs waiting (entered in ${entered.toFixed(1)} s)`);

    const loaded = memory(server.pid);
    report(
      { scenario: `d. server RSS, ${TIMERS.toLocaleString('en')} customers each with a waiting run${backend.suffix}`, target: '< 300 MB', measured: `${Math.round(loaded.rss)} MB`, met: loaded.rss < 300 },
      `peak so far ${Math.round(loaded.peak)} MB; the empty server took ${Math.round(idle.rss)} MB`,
    );

    const advance = Date.now();
    const advanced = await expectOk(server, 'POST', '/api/clock/advance', { by: 'PT1H' });
    const drained = (Date.now() - advance) / 1000;
    const stats = await expectOk(server, 'GET', '/api/playbooks/hourly-check/stats');
    const tasks = stats.nodes.task?.entered ?? 0;
    const after = memory(server.pid);
    report(
      {
        scenario: `c. ${TIMERS.toLocaleString('en')} timers due at once, drained by one advance${backend.suffix}`,
        target: '< 20 s',
        measured: `${drained.toFixed(1)} s`,
        met: drained < (20 * TIMERS) / BIG && tasks === TIMERS && stats.runs.active === 0,
      },
      `${advanced.fired.toLocaleString('en')} fired, ${tasks.toLocaleString('en')} tasks, ${stats.runs.active} still waiting; RSS after ${Math.round(after.rss)} MB, peak ${Math.round(after.peak)} MB`,
    );
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
  }
}

/**
 * e. Adversarial rules right at the checker's bound (an `all` over a list read from the
 * data, 1,000 items: the assumed length, so every item is evaluated): two segments, a
 * segment trigger that makes every event evaluate them, and an event trigger whose
 * `where` is another such rule. Four customers in 200 carry a list RULES_LONG_LIST items
 * long (5,000 by default, 0 for none), which the operation counter stops. Single-event POSTs from RULES_CONNECTIONS connections; the
 * server's own `monitorEventLoopDelay` records the worst delay.
 */
async function ruleScenario(): Promise<void> {
  const server = await startWatchedServer();
  const connections = Number(process.env.RULES_CONNECTIONS ?? 1);
  try {
    // Three comparisons true for every item: 14 operations per item, 14,003 for the rule (the checker's budget is
    // 15,000); three such rules, 42,009 operations, fit the reaction budget of 60,000.
    // RULES_BASELINE=1: the same load with one-comparison rules, to tell the rules' share from the server's own.
    const everyItem = (list: string) => (process.env.RULES_BASELINE === '1' ? { '>=': [{ var: `${list}.0.a` }, 0] } : {
      all: [
        { var: list },
        { and: [{ '<': [-1, { var: 'a' }, 10] }, { '>=': [{ var: 'b' }, 0] }, { '==': [{ var: 'k' }, 'x'] }] },
      ],
    });
    for (const name of ['visits_all', 'clicks_all']) {
      const answer = await call(server, 'PUT', `/api/segments/${name}`, { if: everyItem(name === 'visits_all' ? 'customer.visits' : 'customer.clicks') });
      if (answer.status !== 200) throw new Error(`segment ${name} refused: ${JSON.stringify(answer.body)}`);
    }
    await expectOk(server, 'POST', '/api/playbooks', document('rule-heavy', [
      { id: 'start', type: 'trigger', on: 'event', event: 'page_viewed', where: everyItem('customer.visits') },
      { id: 'tag', type: 'action', action: 'add_tag', tag: 'heavy' },
    ], { settings: { reentry: { mode: 'always' } } }));
    await expectOk(server, 'POST', '/api/playbooks/rule-heavy/publish');
    await expectOk(server, 'POST', '/api/playbooks', document('segment-watch', [
      { id: 'start', type: 'trigger', on: 'segment', if: { in_segment: 'visits_all' } },
      { id: 'tag', type: 'action', action: 'add_tag', tag: 'watched' },
    ]));
    await expectOk(server, 'POST', '/api/playbooks/segment-watch/publish');
    const item = { a: 1, b: 2, k: 'x' };
    const CUSTOMERS = 200;
    // 5 times the assumed length: 70,003 operations per rule, each stopped at 30,000, and the third rule of the
    // reaction at nothing (the reaction budget of 60,000 is spent).
    const LONG_LIST = Number(process.env.RULES_LONG_LIST ?? 5_000);
    for (let from = 0; from < CUSTOMERS; from += 20) {
      const customers = Array.from({ length: 20 }, (_, i) => {
        const long = LONG_LIST > 0 && (from + i) % 50 === 0; // four customers with a list the counter stops
        const items = Array.from({ length: long ? LONG_LIST : 1_000 }, () => item);
        return { id: `rules-${from + i}`, attributes: { visits: items, clicks: items } };
      });
      await expectOk(server, 'POST', '/api/customers/batch', { customers });
    }
    let n = 0;
    const event = () => ({ id: `pv-${n}`, customer_id: `rules-${n++ % CUSTOMERS}`, type: 'page_viewed' });
    await postEvents(server, WARM_UP_S, connections, event);
    server.loop.restart();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const load = await postEvents(server, MEASURE_S, connections, event);
    const delay = await server.loop.read();
    report(
      {
        scenario: `e. rules at the cost bound under load (${connections} connection${connections > 1 ? 's' : ''})`,
        target: 'worst event-loop delay < 50 ms',
        measured: `worst ${delay.max.toFixed(1)} ms`,
        met: delay.max < 50,
      },
      `p99 ${delay.p99.toFixed(1)} ms, mean ${delay.mean.toFixed(1)} ms; ${Math.round(load['2xx'] / load.duration)} events/s, request p99 ${load.latency.p99} ms, max ${load.latency.max} ms`,
    );
  } finally {
    await server.stop();
  }
}

async function main(): Promise<void> {
  console.log(`Stayflow server benchmark: ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}, autocannon in this process, server in a child; load average ${loadavg().map((n) => n.toFixed(2)).join(' ')}\n`);
  const only = process.env.BENCH_ONLY;
  const which = process.env.BENCH_BACKEND ?? 'both';
  if (!['both', 'sqlite', 'postgres'].includes(which)) throw new Error(`BENCH_BACKEND must be sqlite, postgres or both (the default), not "${which}".`);
  if (PROCESSES !== 1 && PROCESSES !== 2) throw new Error(`BENCH_PROCESSES must be 1 or 2 (server processes on PostgreSQL), not "${process.env.BENCH_PROCESSES}".`);
  const backends: (() => Promise<Backend>)[] = [];
  let cluster: PostgresCluster | undefined;
  if (which !== 'postgres') backends.push(async () => sqlite);
  if (which !== 'sqlite') {
    backends.push(async () => {
      cluster = await startPostgresCluster({ durable: true, ...(STATEMENTS ? { settings: ['shared_preload_libraries=pg_stat_statements', 'pg_stat_statements.track=all'] } : {}) });
      await prepareTemplate(cluster);
      return postgres(cluster);
    });
  }
  try {
    for (const backendOf of backends) {
      if (only !== undefined && only !== 'ingest' && only !== 'single' && only !== 'timers') break;
      const backend = await backendOf();
      if (only === undefined || only === 'ingest' || only === 'single') await ingestScenarios(backend);
      if (only === undefined || only === 'timers') await timerScenarios(backend);
    }
  } finally {
    await cluster?.stop();
  }
  if (only === undefined || only === 'rules') await ruleScenario();
  if (only === undefined || only === 'scale') await scaleScenario(report);
  if (only === undefined || only === 'preview') await previewScenario(report);
  const width = (key: keyof Row) => Math.max(key.length, ...rows.map((r) => String(r[key]).length));
  const columns: (keyof Row)[] = ['scenario', 'target', 'measured'];
  console.log(`\n| ${columns.map((c) => c.padEnd(width(c))).join(' | ')} | met |`);
  console.log(`|${columns.map((c) => '-'.repeat(width(c) + 2)).join('|')}|-----|`);
  for (const row of rows) console.log(`| ${columns.map((c) => String(row[c]).padEnd(width(c))).join(' | ')} | ${row.met ? 'yes' : 'NO '} |`);
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(cleanUpServers);
