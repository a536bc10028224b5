import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import {
  BEHAVIOURS,
  DEFAULT_DEMO_SEED,
  INDUSTRIES,
  MAX_DEMO_SEED,
  RECENCY_BUCKETS,
  parseDemoNow,
  writeDemoJsonl,
  type DemoDataOptions,
  type DemoSummary,
  type RecencyBucket,
} from '@stayflow/examples/demo-data';
import type { CommandIO } from '../io.ts';
import { table } from '../table.ts';

export const MAX_DEMO_CUSTOMERS = 1_000_000;

export const demoDataUsage = `Usage: stayflow demo-data --customers N [--seed N] [--now ISO] [--out FILE]

Generates realistic demo customers (an online shop, a SaaS product, an online school)
with about two years of orders, logins, NPS answers and feedback before --now, as
JSON Lines: each customer record, then that customer's events. The same --customers,
--seed and --now always give the same file.

  --customers N   how many customers, 1 to ${MAX_DEMO_CUSTOMERS.toLocaleString('en')}
  --seed N        random seed, 0 to ${MAX_DEMO_SEED} (default ${DEFAULT_DEMO_SEED})
  --now ISO       the moment the data treats as "today": 2025-06-01 (UTC midnight) or
                  2025-06-01T09:00:00+08:00 (default: the current time)
  --out FILE      write to FILE, creating its folder, instead of standard output

A summary goes to standard error.`;

export interface DemoDataCommandOptions {
  customers?: string;
  seed?: string;
  now?: string;
  out?: string;
}

type Parsed = { ok: true; options: DemoDataOptions } | { ok: false; reason: string };

function wholeNumber(text: string): number | undefined {
  return /^\d{1,16}$/.test(text.trim()) ? Number(text.trim()) : undefined;
}

function parseOptions(options: DemoDataCommandOptions, defaultNow: () => string): Parsed {
  if (options.customers === undefined) return { ok: false, reason: '--customers is required: how many customers to generate, e.g. --customers 5000.' };
  const customers = wholeNumber(options.customers);
  if (customers === undefined || customers < 1 || customers > MAX_DEMO_CUSTOMERS) {
    return { ok: false, reason: `--customers must be a whole number from 1 to ${MAX_DEMO_CUSTOMERS}, got "${options.customers}".` };
  }
  const seed = options.seed === undefined ? DEFAULT_DEMO_SEED : wholeNumber(options.seed);
  if (seed === undefined || seed > MAX_DEMO_SEED) return { ok: false, reason: `--seed must be a whole number from 0 to ${MAX_DEMO_SEED}, got "${options.seed}".` };
  const now = options.now ?? defaultNow();
  if (parseDemoNow(now) === undefined) {
    return { ok: false, reason: `--now must be a date (2025-06-01) or a date-time with Z or an offset (2025-06-01T09:00:00+08:00), got "${now}".` };
  }
  return { ok: true, options: { customers, seed, now } };
}

const count = (value: number): string => value.toLocaleString('en');
const plural = (value: number, noun: string): string => `${count(value)} ${noun}${value === 1 ? '' : 's'}`;

const RECENCY_LABELS: Record<RecencyBucket, string> = {
  '0-30': '0–30 days',
  '31-60': '31–60 days',
  '61-120': '61–120 days',
  '121-180': '121–180 days',
  '181+': 'over 180 days',
  never: 'never ordered',
};

/** Labels in the first column, counts in the others. */
const countsTable = (rows: string[][]): string => table(rows, (column) => column > 0);

export function formatDemoSummary(summary: DemoSummary, options: DemoDataOptions, destination: string): string {
  const matrix = [
    ['', ...BEHAVIOURS, 'total'],
    ...INDUSTRIES.map((industry) => [industry, ...BEHAVIOURS.map((behaviour) => count(summary.matrix[industry][behaviour])), count(summary.byIndustry[industry])]),
    ['total', ...BEHAVIOURS.map((behaviour) => count(summary.byBehaviour[behaviour])), count(summary.customers)],
  ];
  const events = Object.entries(summary.eventsByType).sort(([, a], [, b]) => b - a);
  return [
    `Wrote ${plural(summary.customers, 'customer')} and ${plural(summary.events, 'event')} to ${destination} (seed ${options.seed}, now ${options.now}).\n`,
    '\nCustomers by industry and behaviour:\n',
    countsTable(matrix),
    '\nCustomers by days since their last order:\n',
    countsTable(RECENCY_BUCKETS.map((bucket) => [RECENCY_LABELS[bucket], count(summary.lastOrder[bucket])])),
    '\nEvents:\n',
    countsTable(events.map(([type, n]) => [type, count(n)])),
  ].join('');
}

/** Buffers lines into large writes: one write per record would dominate the run time. */
function chunked(write: (text: string) => void): { line: (text: string) => void; flush: () => void } {
  let buffer: string[] = [];
  let size = 0;
  const flush = (): void => {
    if (buffer.length > 0) write(buffer.join(''));
    buffer = [];
    size = 0;
  };
  return {
    line(text) {
      buffer.push(text);
      size += text.length;
      if (size >= 1 << 20) flush();
    },
    flush,
  };
}

/** Writes to a temporary file next to `file` and renames it, so a failed run never leaves half a data set. */
function writeFileAtomically(file: string, produce: (write: (text: string) => void) => DemoSummary): DemoSummary {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w');
  let open = true;
  try {
    const summary = produce((text) => writeSync(fd, text));
    closeSync(fd);
    open = false;
    renameSync(temporary, file);
    return summary;
  } catch (error) {
    if (open) closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
}

function describeWriteError(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder';
    case 'ENOTDIR':
    case 'EEXIST':
      return 'part of the path is a file, not a folder';
    case 'ENOSPC':
      return 'the disk is full';
    default:
      return (error as Error).message;
  }
}

export function demoDataCommand(options: DemoDataCommandOptions, io: CommandIO): number {
  // The pure generator takes now as an input; only this edge may read the clock.
  const parsed = parseOptions(options, () => new Date().toISOString());
  if (!parsed.ok) {
    io.err.write(`${parsed.reason}\nRun "stayflow demo-data --help" for the options.\n`);
    return 2;
  }
  const generate = (write: (text: string) => void): DemoSummary => {
    const output = chunked(write);
    const summary = writeDemoJsonl(parsed.options, output.line);
    output.flush();
    return summary;
  };
  if (options.out === undefined) {
    io.err.write(formatDemoSummary(generate((text) => io.out.write(text)), parsed.options, 'standard output'));
    return 0;
  }
  const file = resolve(io.cwd, options.out);
  try {
    io.err.write(formatDemoSummary(writeFileAtomically(file, generate), parsed.options, options.out));
    return 0;
  } catch (error) {
    io.err.write(`Cannot write ${options.out}: ${describeWriteError(error)}.\n`);
    return 1;
  }
}
