import { csvHeader, csvRows, customerTable, messageTable, stepResultRows, stepResultTable, taskTable, walkPages, type CsvCell, type ExportTable, type PageQuery } from '@stayflow/csv';
import { stepName } from '@stayflow/playbook';
import { api } from '../api/client.ts';
import type { Locale } from '../api/types.ts';

/**
 * What a "Download CSV" button exports. Loaded only when a button is pressed (papaparse
 * and the tables stay out of every page's start-up).
 */
export type CsvExportRequest =
  | { kind: 'customers'; q?: string }
  | { kind: 'segment'; segment: string }
  | { kind: 'messages'; playbook?: string; customer?: string }
  | { kind: 'tasks'; status?: string }
  | { kind: 'results'; playbook: string };

export interface CsvExportHooks {
  /** Rows gathered so far, after each page. */
  onProgress(rows: number): void;
  /** The route returned a full page and cannot page further (a server before cursors): the file holds only those. */
  onTruncated(count: number): void;
}

type Row = CsvCell[];

async function* pagesOf<T>(path: string, key: string, query: Record<string, string | undefined>, hooks: CsvExportHooks, afterOf?: (item: T) => string): AsyncGenerator<T[]> {
  yield* walkPages<T>((page: PageQuery) => api.listPage(path, { ...query, ...page }), key, { ...(afterOf ? { afterOf } : {}), onTruncated: hooks.onTruncated });
}

async function* rowsOf(request: CsvExportRequest, locale: Locale, hooks: CsvExportHooks): AsyncGenerator<Row[]> {
  type Customer = Parameters<typeof customerTable.row>[0];
  switch (request.kind) {
    case 'customers':
      for await (const page of pagesOf<Customer>('/api/customers', 'customers', { q: request.q }, hooks, request.q ? undefined : (c) => c.id)) yield page.map(customerTable.row);
      return;
    case 'segment':
      // The segment's members only, a page at a time (GET /api/segments/:name/members, v1.2): no walk over every customer.
      for await (const page of pagesOf<Customer>(`/api/segments/${encodeURIComponent(request.segment)}/members`, 'customers', {}, hooks)) yield page.map(customerTable.row);
      return;
    case 'messages':
      for await (const page of pagesOf<Parameters<typeof messageTable.row>[0]>('/api/messages', 'messages', { playbook: request.playbook, customer: request.customer }, hooks)) yield page.map(messageTable.row);
      return;
    case 'tasks':
      for await (const page of pagesOf<Parameters<typeof taskTable.row>[0]>('/api/tasks', 'tasks', { status: request.status }, hooks)) yield page.map(taskTable.row);
      return;
    case 'results': {
      const [view, stats] = await Promise.all([api.getPlaybook(request.playbook, locale), api.getStats(request.playbook)]);
      // The stats count the live version's steps: name them from it (the draft may differ).
      const document = view.published_version !== null ? (await api.getVersion(request.playbook, view.published_version)).document : view.draft;
      const nodes = new Map(document.nodes.map((node) => [node.id, node]));
      yield stepResultRows(stats, (id) => (nodes.has(id) ? stepName(nodes.get(id), locale) : id)).map(stepResultTable.row);
      return;
    }
  }
}

const TABLES: Record<CsvExportRequest['kind'], ExportTable<never>> = { customers: customerTable, segment: customerTable, messages: messageTable, tasks: taskTable, results: stepResultTable };

/** The whole file as text (BOM, header in the UI language, CRLF rows), built page by page. */
export async function buildCsvExport(request: CsvExportRequest, locale: Locale, hooks: CsvExportHooks): Promise<{ text: string; rows: number }> {
  const parts = [csvHeader(TABLES[request.kind].columns[locale])];
  let rows = 0;
  for await (const page of rowsOf(request, locale, hooks)) {
    rows += page.length;
    parts.push(csvRows(page));
    hooks.onProgress(rows);
  }
  return { text: parts.join(''), rows };
}

/** The file's name: what it holds, plus the search, segment or playbook; characters no file system accepts become `_`. */
export function csvExportFileName(request: CsvExportRequest): string {
  const detail = request.kind === 'customers' ? request.q : request.kind === 'segment' ? request.segment : request.kind === 'messages' ? (request.playbook ?? request.customer) : request.kind === 'tasks' ? request.status : request.playbook;
  const base = request.kind === 'results' ? 'results' : request.kind;
  // eslint-disable-next-line no-control-regex
  return `${[base, detail].filter(Boolean).join('-').replace(/[/\\:*?"<>|\u0000-\u001f\u007f]/g, '_')}.csv`;
}
