import { csvHeader, csvRows, customerTable, messageTable, stepResultRows, stepResultTable, taskTable, walkPages, type ExportTable, type PageQuery } from '@stayflow/csv';
import { stepName } from '@stayflow/playbook';
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { connect, type ApiConnection } from '../apiConnection.ts';
import type { CommandIO } from '../io.ts';

export const exportUsage = `Usage: stayflow export WHAT --out FILE.csv [--url URL] [--key KEY] [--locale en|zh-CN]

Writes a CSV file (UTF-8 with a byte-order mark, so Excel and WPS show Chinese
correctly) from a running server's API, page by page:

  customers [--q TEXT]     every customer (or those a search finds)
  segment NAME             the customers currently in a segment
  messages [--customer ID] [--playbook ID]
                           the message log
  tasks [--status open|done|cancelled]
                           tasks
  results PLAYBOOK         a playbook's per-step results: customers who entered each
                           step and took each branch

  --out FILE       the file to write (its folder is created); standard output without it
  --url URL        the server (default $STAYFLOW_URL or http://127.0.0.1:3000)
  --key KEY        an API key with the viewer role or above (default $STAYFLOW_KEY)
  --locale         the language of the column names (default en; the customer columns
                   of either language import back with "stayflow import")`;

export interface ExportCommandOptions {
  positionals: string[];
  out?: string;
  url?: string;
  key?: string;
  locale?: string;
  q?: string;
  customer?: string;
  playbook?: string;
  status?: string;
  /** Items asked per page (default 1,000, the routes' maximum); tests make it small to cross pages. */
  pageSize?: number;
}

const enc = encodeURIComponent;

function listPath(path: string, query: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(key, String(value));
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/** The rows of one export, as pages of cells, and what to say if the server cut the list short. */
async function* exportPages(what: string, arg: string | undefined, options: ExportCommandOptions, api: ApiConnection, locale: 'en' | 'zh-CN', warn: (text: string) => void): AsyncGenerator<unknown[][]> {
  const truncated = (name: string) => (n: number) => warn(`The server lists at most ${n} ${name} and does not page them yet: the file holds the newest ${n}.`);
  const pages = <T>(path: string, key: string, query: Record<string, string | undefined>, afterOf?: (item: T) => string) =>
    // Any list route, by path: the generated client types one path per call, so the walk stays on api.call.
    walkPages<T>((page: PageQuery) => api.call('GET', listPath(path, { ...query, ...page })), key, { ...(afterOf ? { afterOf } : {}), onTruncated: truncated(key), limit: options.pageSize ?? 1000 });
  const rowsOf = async function* <T>(table: ExportTable<T>, source: AsyncGenerator<T[]>, keep: (item: T) => boolean = () => true) {
    for await (const page of source) yield page.filter(keep).map((item) => table.row(item));
  };
  switch (what) {
    case 'customers':
      yield* rowsOf(customerTable, pages<{ id: string } & Parameters<typeof customerTable.row>[0]>('/api/customers', 'customers', { q: options.q }, options.q ? undefined : (c) => c.id));
      return;
    case 'segment': {
      const { segments } = await api.answer('GET /api/segments', (client) => client.GET('/api/segments', { params: { query: { limit: 1000 } } }));
      if (!segments.some((s) => s.name === arg)) throw new Error(`There is no segment "${arg}". Segments: ${segments.map((s) => s.name).join(', ') || 'none yet'}.`);
      // The members only, a page at a time (GET /api/segments/:name/members, v1.2): no walk over every customer.
      yield* rowsOf(customerTable, pages<Parameters<typeof customerTable.row>[0]>(`/api/segments/${enc(arg!)}/members`, 'customers', {}));
      return;
    }
    case 'messages':
      yield* rowsOf(messageTable, pages('/api/messages', 'messages', { customer: options.customer, playbook: options.playbook }));
      return;
    case 'tasks':
      yield* rowsOf(taskTable, pages('/api/tasks', 'tasks', { status: options.status }));
      return;
    case 'results': {
      const id = arg!;
      const view = await api.answer(`GET /api/playbooks/${enc(id)}`, (client) => client.GET('/api/playbooks/{id}', { params: { path: { id }, query: { locale } } }));
      // Stats count the live version's steps: name them from it (the draft may have renamed or removed some).
      const version =
        typeof view.published_version === 'number'
          ? await api.answer(`GET /api/playbooks/${enc(id)}/versions/${view.published_version}`, (client) => client.GET('/api/playbooks/{id}/versions/{version}', { params: { path: { id, version: view.published_version! } } }))
          : null;
      const document = (version?.document ?? view.draft) as { nodes?: { id: string }[] } | undefined;
      const nodes = new Map((document?.nodes ?? []).map((node) => [node.id, node]));
      const stats = await api.answer(`GET /api/playbooks/${enc(id)}/stats`, (client) => client.GET('/api/playbooks/{id}/stats', { params: { path: { id } } }));
      yield stepResultRows(stats, (id) => (nodes.has(id) ? stepName(nodes.get(id), locale) : id)).map(stepResultTable.row);
      return;
    }
  }
}

const TABLES: Record<string, ExportTable<never>> = { customers: customerTable, segment: customerTable, messages: messageTable, tasks: taskTable, results: stepResultTable };

/** `stayflow export WHAT --out FILE`: walks the API's pages and writes CSV as it goes (a partial file is removed on failure). */
export async function exportCommand(options: ExportCommandOptions, io: CommandIO, deps: { env: NodeJS.ProcessEnv; fetch?: typeof fetch }): Promise<number> {
  const [what, arg, ...extra] = options.positionals;
  const table = what ? TABLES[what] : undefined;
  const needsArg = what === 'segment' || what === 'results';
  if (!table || (needsArg && !arg) || (!needsArg && arg !== undefined) || extra.length > 0) {
    io.err.write(`${!what ? 'Say what to export.' : !table ? `Cannot export "${what}".` : needsArg && !arg ? `Name the ${what === 'segment' ? 'segment' : 'playbook'} to export.` : `Unexpected "${[arg, ...extra].filter(Boolean).join(' ')}".`}\n\n${exportUsage}\n`);
    return 2;
  }
  const locale = options.locale ?? 'en';
  if (locale !== 'en' && locale !== 'zh-CN') {
    io.err.write(`--locale must be en or zh-CN, not "${locale}".\n`);
    return 2;
  }
  let api: ApiConnection;
  try {
    api = connect(options, deps.env, deps.fetch);
  } catch (error) {
    io.err.write(`${(error as Error).message}\n`);
    return 2;
  }
  const out = options.out ? resolve(io.cwd, options.out) : null;
  const partial = out ? `${out}.partial` : null;
  let fd: number | null = null;
  let rows = 0;
  try {
    if (out && partial) {
      mkdirSync(dirname(out), { recursive: true });
      fd = openSync(partial, 'w');
    }
    const write = (text: string) => (fd === null ? io.out.write(text) : writeSync(fd, text));
    write(csvHeader(table.columns[locale]));
    for await (const page of exportPages(what!, arg, options, api, locale, (text) => io.err.write(`${text}\n`))) {
      rows += page.length;
      write(csvRows(page as never));
    }
    if (fd !== null) {
      closeSync(fd);
      fd = null;
      renameSync(partial!, out!);
      io.err.write(`Wrote ${rows.toLocaleString('en')} rows to ${out}.\n`);
    }
    return 0;
  } catch (error) {
    if (fd !== null) closeSync(fd);
    if (partial) rmSync(partial, { force: true });
    io.err.write(`${(error as Error).message}\n`);
    return 1;
  }
}
