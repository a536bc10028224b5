import type { CsvCell } from './writeCsv.ts';
import type { CsvLocale } from './messages.ts';

/**
 * The columns of every CSV export and how an API answer's item becomes a row, shared by
 * the web app and the CLI so both write the same file. Column names are in the chosen
 * language; the customer columns are ones `guessMapping` recognises in either language,
 * so an exported customer list imports back as it is.
 */
export interface ExportTable<T> {
  columns: Record<CsvLocale, readonly string[]>;
  row(item: T): CsvCell[];
}

export interface ExportedCustomer {
  id: string;
  attributes: Record<string, unknown>;
  tags: string[];
  segments: string[];
  metrics: { orders: number; total_spent: number; last_order_at: string | null };
  updated_at: string | null;
}

const text = (value: unknown): CsvCell => (value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : (value as string | number | boolean));
const SHOWN_ATTRIBUTES = ['name', 'email', 'phone', 'birthday', 'currency'] as const;

export const customerTable: ExportTable<ExportedCustomer> = {
  columns: {
    en: ['customer_id', 'name', 'email', 'phone', 'birthday', 'currency', 'tags', 'segments', 'orders', 'total_spent', 'last_order_at', 'updated_at', 'other_attributes'],
    'zh-CN': ['客户ID', '姓名', '邮箱', '手机', '生日', '币种', '标签', '分群', '订单数', '消费总额', '最近下单时间', '更新时间', '其他属性'],
  },
  row(customer) {
    const others = Object.fromEntries(Object.entries(customer.attributes).filter(([key]) => !(SHOWN_ATTRIBUTES as readonly string[]).includes(key)));
    return [
      customer.id,
      ...SHOWN_ATTRIBUTES.map((key) => text(customer.attributes[key])),
      customer.tags.join(';'),
      customer.segments.join(';'),
      customer.metrics.orders,
      customer.metrics.total_spent,
      customer.metrics.last_order_at ?? '',
      customer.updated_at ?? '',
      Object.keys(others).length > 0 ? JSON.stringify(others) : '',
    ];
  },
};

export interface ExportedMessage {
  at: string | null;
  created_at: string | null;
  customer: string;
  playbook: string;
  node: string;
  channel: string;
  status: string;
  subject: string | null;
  body: string;
}

export const messageTable: ExportTable<ExportedMessage> = {
  columns: {
    en: ['sent_at', 'customer_id', 'playbook', 'step', 'channel', 'status', 'subject', 'body'],
    'zh-CN': ['发送时间', '客户ID', '剧本', '步骤', '渠道', '状态', '主题', '正文'],
  },
  row: (m) => [m.at ?? m.created_at ?? '', m.customer, m.playbook, m.node, m.channel, m.status, m.subject ?? '', m.body],
};

export interface ExportedTask {
  id: string;
  customer?: string;
  playbook: string;
  title: string;
  assignee: string | null;
  status: string;
  created_at: string | null;
  due_at: string | null;
  closed_at?: string | null;
}

export const taskTable: ExportTable<ExportedTask> = {
  columns: {
    en: ['task_id', 'customer_id', 'playbook', 'title', 'assignee', 'status', 'created_at', 'due_at', 'closed_at'],
    'zh-CN': ['任务ID', '客户ID', '剧本', '标题', '负责人', '状态', '创建时间', '截止时间', '关闭时间'],
  },
  row: (t) => [t.id, t.customer ?? '', t.playbook, t.title, t.assignee ?? '', t.status, t.created_at ?? '', t.due_at ?? '', t.closed_at ?? ''],
};

/** One row per step and branch of `GET /api/playbooks/:id/stats` (a step with no branch taken yet: one row, empty branch). */
export interface StepResultRow {
  step: string;
  stepName: string;
  entered: number;
  branch: string;
  count: number | null;
}

export function stepResultRows(stats: { nodes: Record<string, { entered: number; ports: Record<string, number> }> }, nameOf: (nodeId: string) => string = (id) => id): StepResultRow[] {
  return Object.entries(stats.nodes).flatMap(([step, node]): StepResultRow[] => {
    const ports = Object.entries(node.ports);
    if (ports.length === 0) return [{ step, stepName: nameOf(step), entered: node.entered, branch: '', count: null }];
    return ports.map(([branch, count]) => ({ step, stepName: nameOf(step), entered: node.entered, branch, count }));
  });
}

export const stepResultTable: ExportTable<StepResultRow> = {
  columns: {
    en: ['step_id', 'step', 'entered', 'branch', 'customers_on_branch'],
    'zh-CN': ['步骤ID', '步骤', '进入人数', '分支', '分支人数'],
  },
  row: (r) => [r.step, r.stepName, r.entered, r.branch, r.count ?? ''],
};
