/**
 * `pnpm bench` (apps/cli): `stayflow import` of a 100,000-customer CSV file (one order per
 * row) into the real server, both as an operator runs them: the server started by
 * apps/server's bench helper (`node --import tsx src/main.ts`, SQLite, testing clock), the
 * importer as `node bin/stayflow.js import FILE --url …` in its own process.
 *
 * Prints rows/s of the whole import (check pass + write pass) and of the write pass, and
 * the peak resident memory (VmHWM) of the importer and of the server. BENCH_CSV_ROWS sets
 * the size (default 100,000). The figures in apps/server/README.md come from here.
 */
import { startServer, memory, cleanUpServers, expectOk } from '@stayflow/server/bench/benchServer.ts';
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROWS = Number(process.env.BENCH_CSV_ROWS ?? 100_000);
const CLI = fileURLToPath(new URL('../bin/stayflow.js', import.meta.url));
const SURNAMES = ['王', '李', '张', '刘', '陈', 'Smith', 'García', 'Müller'];

async function writeFile(file: string): Promise<void> {
  const out = createWriteStream(file);
  const write = (text: string) => (out.write(text) ? Promise.resolve() : new Promise<void>((resolve) => out.once('drain', () => resolve())));
  await write('\uFEFF客户ID,姓名,邮箱,手机,生日,城市,金额,币种,下单时间\r\n');
  for (let i = 0; i < ROWS; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const name = `${SURNAMES[i % SURNAMES.length]}${i}`;
    await write(`c${i},${name},user${i}@example.com,1380000${String(i).padStart(4, '0')},1990-01-${day},"City, ${i % 50}",${(i % 500) + 0.5},CNY,2026-01-${day}T10:00:00Z\r\n`);
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'stayflow-csv-bench-'));
  const file = join(dir, 'customers.csv');
  const server = await startServer();
  try {
    await writeFile(file);
    console.log(`CSV import bench: ${ROWS.toLocaleString('en')} rows, ${(statSync(file).size / 1e6).toFixed(1)} MB, ${cpus().length} cores, load average ${loadavg().map((n) => n.toFixed(1)).join(' ')}`);
    const started = performance.now();
    const child = spawn(process.execPath, [CLI, 'import', file, '--url', server.url], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (out += text));
    child.stderr.resume();
    let importerPeak = 0;
    const poll = setInterval(() => {
      try {
        // A process that is exiting has no memory lines left (NaN): keep the last reading.
        const peak = memory(child.pid!).peak;
        if (Number.isFinite(peak)) importerPeak = Math.max(importerPeak, peak);
      } catch {
        // exited between two polls
      }
    }, 50);
    const code = await new Promise<number>((resolve) => child.once('close', (exit) => resolve(exit ?? 1)));
    clearInterval(poll);
    const seconds = (performance.now() - started) / 1000;
    if (code !== 0) throw new Error(`the import exited with ${code}:\n${out}`);
    const customers = await expectOk(server, 'GET', '/api/customers?limit=1');
    const writeRate = /\(([\d,]+) rows\/s\)/.exec(out)?.[1] ?? '?';
    const serverMemory = memory(server.pid);
    console.log(`  import: ${seconds.toFixed(1)} s for ${ROWS.toLocaleString('en')} rows → ${Math.round(ROWS / seconds).toLocaleString('en')} rows/s overall (check + write), ${writeRate} rows/s in the write pass`);
    console.log(`  peak RSS: importer ${importerPeak.toFixed(0)} MB, server ${serverMemory.peak.toFixed(0)} MB (now ${serverMemory.rss.toFixed(0)} MB); customers stored: ${customers.total}`);
    console.log(`  load average after: ${loadavg().map((n) => n.toFixed(1)).join(' ')}; uptime: ${readFileSync('/proc/loadavg', 'utf8').trim()}`);
    if (customers.total !== ROWS) throw new Error(`expected ${ROWS} customers, the server holds ${customers.total}`);
  } finally {
    await server.stop();
    cleanUpServers();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
