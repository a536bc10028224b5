import { checkCsv, importCsv, MAX_LISTED_ERRORS, parseTarget, targetLabel, type ColumnTarget } from '@stayflow/csv';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { connect } from '../apiConnection.ts';
import type { CommandIO } from '../io.ts';
import { table } from '../table.ts';

export const importUsage = `Usage: stayflow import FILE.csv [--map COLUMN=TARGET ...] [--url URL] [--key KEY] [--dry-run]

Imports customers (and their orders) from a CSV file through a running server's API.
The whole file is checked first: every problem is listed with its row (as a spreadsheet
numbers it: the header is row 1), its column and what is wrong, and nothing is written
while there is one. Then customers go to POST /api/customers/batch and orders to
POST /api/events in batches of 500, progress on standard error. Re-importing the same
file changes nothing: order ids are computed from each order's content.

The first row names the columns. Columns are mapped by their header (English or
Chinese): id/customer_id/客户ID → the customer id; email/邮箱, name/姓名, phone/手机,
birthday/生日, created_at/注册时间, city, country, currency, tags/标签 (split on ; or |);
amount/金额, ordered_at/下单时间, currency/币种, order_id/订单号 → an order_placed event
for the row; any other column → an attribute of the same name.

  --map COLUMN=TARGET  override a guess; TARGET is id, tags, ignore, order.amount,
                       order.currency, order.at, order.id or an attribute name
                       (e.g. --map "Kundennummer=id" --map "Notes=ignore")
  --url URL            the server (default $STAYFLOW_URL or http://127.0.0.1:3000)
  --key KEY            an API key with the ingest role or above (default $STAYFLOW_KEY)
  --dry-run            check the file and report, write nothing
  --locale en|zh-CN    the language of the problems listed (default en)`;

export interface ImportCommandOptions {
  files: string[];
  map?: string[];
  url?: string;
  key?: string;
  'dry-run'?: boolean;
  locale?: string;
}

const count = (n: number) => n.toLocaleString('en');

/** `stayflow import FILE.csv`: check, then write through the API. Exit 1 when the file holds problems, 2 for a bad command line. */
export async function importCommand(options: ImportCommandOptions, io: CommandIO, deps: { env: NodeJS.ProcessEnv; now: () => number; fetch?: typeof fetch }): Promise<number> {
  if (options.files.length !== 1) {
    io.err.write(`${options.files.length === 0 ? 'Name the CSV file to import.' : 'Import one file at a time.'}\n\n${importUsage}\n`);
    return 2;
  }
  const locale = options.locale ?? 'en';
  if (locale !== 'en' && locale !== 'zh-CN') {
    io.err.write(`--locale must be en or zh-CN, not "${locale}".\n`);
    return 2;
  }
  const overrides: Record<string, ColumnTarget> = {};
  for (const entry of options.map ?? []) {
    const at = entry.lastIndexOf('=');
    const target = at > 0 ? parseTarget(entry.slice(at + 1)) : null;
    if (at <= 0 || target === null) {
      io.err.write(`--map takes COLUMN=TARGET, such as --map "邮箱=email" or --map "Notes=ignore", not "${entry}".\n`);
      return 2;
    }
    overrides[entry.slice(0, at).trim()] = target;
  }
  const file = resolve(io.cwd, options.files[0]!);
  if (!existsSync(file) || !statSync(file).isFile()) {
    io.err.write(`There is no file ${file}.\n`);
    return 2;
  }
  let connection;
  try {
    connection = connect(options, deps.env, deps.fetch);
  } catch (error) {
    io.err.write(`${(error as Error).message}\n`);
    return 2;
  }

  const now = deps.now();
  const check = await checkCsv(createReadStream(file), { overrides, locale, now, onProgress: (rows) => io.err.write(`Checked ${count(rows)} rows…\r`) });
  const unknownOverrides = Object.keys(overrides).filter((column) => !check.headers.includes(column));
  if (unknownOverrides.length > 0) {
    io.err.write(`--map names ${unknownOverrides.map((c) => `"${c}"`).join(', ')}, which the file's first row does not: its columns are ${check.headers.map((c) => `"${c}"`).join(', ')}.\n`);
    return 2;
  }
  io.out.write(`Columns of ${file}:\n${table(check.headers.map((header, index) => [header, '→', targetLabel(check.mapping[index]!, locale)]))}`);
  if (check.errorCount > 0) {
    io.out.write(`\n${count(check.errorCount)} problem${check.errorCount === 1 ? '' : 's'} in ${count(Math.max(check.rowsWithErrors, 1))} row${check.rowsWithErrors === 1 ? '' : 's'}; nothing was written:\n`);
    io.out.write(table([['row', 'column', 'problem'], ...check.errors.map((e) => [String(e.row), e.column, e.problem])], (c) => c === 0));
    if (check.errorCount > check.errors.length) io.out.write(`  … and ${count(check.errorCount - check.errors.length)} more (the first ${count(MAX_LISTED_ERRORS)} are listed).\n`);
    return 1;
  }
  io.out.write(`\n${count(check.rows)} rows checked: ${count(check.validRows)} customer rows, ${count(check.orders)} orders, no problems.\n`);
  if (options['dry-run']) {
    io.out.write('Dry run: nothing was written.\n');
    return 0;
  }

  const started = deps.now();
  let upserted = 0;
  let accepted = 0;
  let duplicates = 0;
  let conflicts = 0;
  try {
    await importCsv(createReadStream(file), {
      overrides,
      locale,
      now,
      async send(batch) {
        const answer = await connection.answer('POST /api/customers/batch', (api) => api.POST('/api/customers/batch', { body: { customers: batch.customers } }));
        upserted += answer.upserted;
        if (batch.orders.length > 0) {
          const events = await connection.answer('POST /api/events', (api) => api.POST('/api/events', { body: { events: batch.orders } }));
          accepted += events.accepted;
          duplicates += events.duplicates;
          conflicts += events.conflicts ?? 0;
        }
        io.err.write(`Imported ${count(batch.rowsRead)} of ${count(check.rows)} rows (${Math.floor((batch.rowsRead / Math.max(check.rows, 1)) * 100)}%)\n`);
      },
    });
  } catch (error) {
    io.err.write(`Import stopped: ${(error as Error).message}\nWhat was sent before stays written; running the same import again after the fix is safe.\n`);
    return 1;
  }
  const seconds = Math.max((deps.now() - started) / 1000, 0.001);
  io.out.write(
    `Imported ${count(check.rows)} rows into ${connection.url}: ${count(upserted)} customers created or updated, ${count(accepted)} new orders` +
      `${duplicates > 0 ? `, ${count(duplicates)} orders already there` : ''}${conflicts > 0 ? `, ${count(conflicts)} orders refused as conflicting with an earlier one of the same id` : ''}` +
      ` (${count(Math.round(check.rows / seconds))} rows/s).\n`,
  );
  return 0;
}
