import { openStore, redactUrl } from '@stayflow/store';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, readConfig } from './config.ts';
import { createService } from './service.ts';

const WEB_ROOT = fileURLToPath(new URL('../../web/dist', import.meta.url));

async function main(): Promise<void> {
  // `pnpm start` runs in apps/server; relative paths mean the folder it was started from.
  const config = readConfig(process.env, process.env.INIT_CWD ?? process.cwd());
  const dataFile = join(config.dataDir, 'stayflow.db');

  if (config.requireApiKeys) {
    const store = await openStore(config.databaseUrl !== undefined ? { databaseUrl: config.databaseUrl } : { dataFile });
    const keys = await store.apiKeys.count();
    const people = await store.people.any();
    await store.close();
    if (keys === 0 && !people) {
      console.error(`Refusing to start on ${config.host}: that address can be reached from other machines, and no API key exists.
Create one with \`pnpm stayflow keys create --name NAME\` (with the same STAYFLOW_DATA), or create a person who signs in, with \`pnpm stayflow users create --email EMAIL --role admin\`, or bind to 127.0.0.1.`);
      process.exit(1);
    }
  }

  const service = await createService({
    dataFile,
    ...(config.databaseUrl !== undefined ? { databaseUrl: config.databaseUrl } : {}),
    ...(config.dbPool !== undefined ? { dbPool: config.dbPool } : {}),
    ...(config.leaseMs !== undefined ? { leaseMs: config.leaseMs } : {}),
    ...(config.pollMs !== undefined ? { pollMs: config.pollMs } : {}),
    clock: config.clock,
    requireApiKeys: config.requireApiKeys,
    env: process.env,
    demoCustomers: config.demo ? config.demoCustomers : 0,
    sweepEveryMs: config.sweepEveryMs,
    retention: config.retention,
    ...(config.jobSliceSize !== undefined ? { jobSliceSize: config.jobSliceSize } : {}),
    logger: { level: config.logLevel },
    logRequests: process.env.STAYFLOW_LOG_REQUESTS === '1',
    webRoot: WEB_ROOT,
  });
  await service.start();
  await service.app.listen({ port: config.port, host: config.host });
  const bound = service.app.server.address();
  const port = typeof bound === 'object' && bound !== null ? bound.port : config.port;
  const log = service.app.log;
  for (const line of service.channels.describe()) log.info(`channel ${line}`);
  const address = config.host.includes(':') ? `[${config.host}]` : config.host;
  log.info(`Stayflow is running on http://${address}:${port} (API docs at /api/docs), data in ${config.databaseUrl !== undefined ? `PostgreSQL at ${redactUrl(config.databaseUrl)}` : config.dataDir}${config.clock.mode === 'manual' ? ', testing clock' : ''}`);

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    log.info(`${signal}: finishing in-flight work, then stopping`);
    void service.stop().then(() => process.exit(0));
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : `Stayflow could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
