import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useBrowserApp, type Json } from './setup.ts';

const app = useBrowserApp({ demoCustomers: 0 });

/** The same customers in a file with mistakes and in the fixed file; ids prefixed so each language's run has its own. */
function files(prefix: string) {
  const header = '客户ID,姓名,邮箱,金额,下单时间,VIP Level';
  const broken = [header, `${prefix}1,王小明,wang@example.com,99.5,2026-02-01,3`, `${prefix}2,李雷,not-mail,10,2026-02-03,`, `,韩梅梅,han@example.com,,,`, `${prefix}4,"Lee, Ann",ann@example.com,12x,2026-02-04,1`].join('\r\n');
  const fixed = [header, `${prefix}1,王小明,wang@example.com,99.5,2026-02-01,3`, `${prefix}2,李雷,li@example.com,10,2026-02-03,`, `${prefix}3,韩梅梅,han@example.com,,,`, `${prefix}4,"Lee, Ann",ann@example.com,12,2026-02-04,1`, `${prefix}1,王小明,,20,2026-02-05,`].join('\r\n');
  return { broken: Buffer.from(`\uFEFF${broken}\r\n`), fixed: Buffer.from(`${fixed}\r\n`) };
}

const TEXTS = {
  en: { email: '"not-mail" is not an email address', id: 'The customer id is empty', amount: '"12x" is not an amount', problems: '3 problems in 3 rows of 4', done: 'Imported 5 rows: 4 customers created or updated, 4 new orders.', again: '4 orders were already there', header: 'customer_id,name,email' },
  'zh-CN': { email: '"not-mail" 不是邮箱地址', id: '客户 ID 为空', amount: '"12x" 不是金额', problems: '共 4 行中有 3 行存在 3 个问题', done: '已导入 5 行：新建或更新了 4 位客户，新增 4 笔订单。', again: '有 4 笔订单此前已导入过', header: '客户ID,姓名,邮箱' },
} as const;

async function customerCount(): Promise<number> {
  return (await app.api('GET', '/api/customers?limit=1')).total;
}

async function upload(name: string, buffer: Buffer): Promise<void> {
  await app.page.getByTestId('csv-file').setInputFiles({ name, mimeType: 'text/csv', buffer });
  await app.page.getByTestId('csv-mapping').waitFor();
}

async function downloaded(testId: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.getByTestId(testId).click()]);
  return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
}

describe.each(['en', 'zh-CN'] as const)('CSV import and export in %s', (locale) => {
  const prefix = locale === 'en' ? 'en-' : 'zh-';
  const texts = TEXTS[locale];
  const { broken, fixed } = files(prefix);

  it('lists every problem of a file by row and column and writes nothing', async () => {
    await app.useLocale(locale);
    const before = await customerCount();
    await app.open('/customers');
    await app.page.getByTestId('customers-import').click();
    await upload('customers.csv', broken);
    // The guesses: Chinese headers recognised, an unknown header kept as an attribute of its own.
    expect(await app.page.getByTestId('csv-target-0').inputValue()).toBe('id');
    expect(await app.page.getByTestId('csv-target-2').inputValue()).toBe('attribute:email');
    expect(await app.page.getByTestId('csv-target-3').inputValue()).toBe('order.amount');
    expect(await app.page.getByTestId('csv-target-5').inputValue()).toBe('attribute:vip_level');
    await app.page.getByTestId('csv-check').click();
    const problems = app.page.getByTestId('csv-problems');
    await problems.waitFor();
    expect(await problems.innerText()).toContain(texts.problems);
    const rows = await app.page.getByTestId('csv-problem').allInnerTexts();
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(new RegExp(`^3\\s+邮箱\\s+${texts.email}`));
    expect(rows[1]).toMatch(new RegExp(`^4\\s+客户ID\\s+${texts.id}`));
    expect(rows[2]).toMatch(new RegExp(`^5\\s+金额\\s+${texts.amount}`));
    await expect.poll(() => app.page.getByTestId('csv-import').count()).toBe(0);
    expect(await customerCount()).toBe(before);
    await app.screenshot(`csv-import-problems-${locale}`);
  });

  it('imports the fixed file with progress and a summary, and importing it again changes nothing', async () => {
    await app.useLocale(locale);
    const before = await customerCount();
    await app.open('/customers/import');
    await upload('customers.csv', fixed);
    await app.page.getByTestId('csv-check').click();
    await app.page.getByTestId('csv-import').click();
    const done = app.page.getByTestId('csv-done');
    await done.waitFor();
    expect(await done.innerText()).toContain(texts.done);
    expect(await done.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');
    expect(await customerCount()).toBe(before + 4);
    const first: Json = await app.api('GET', `/api/customers/${prefix}1`);
    expect(first.attributes).toEqual({ name: '王小明', email: 'wang@example.com', vip_level: 3 });
    expect(first.metrics).toMatchObject({ orders: 2, total_spent: 119.5 });

    await app.page.getByTestId('csv-start-over').click();
    await upload('customers.csv', fixed);
    await app.page.getByTestId('csv-check').click();
    await app.page.getByTestId('csv-import').click();
    await done.waitFor();
    expect(await done.innerText()).toContain(texts.again);
    expect(await customerCount()).toBe(before + 4);
    expect((await app.api('GET', `/api/customers/${prefix}1`)).metrics).toMatchObject({ orders: 2, total_spent: 119.5 });

    await app.page.getByTestId('csv-view-customers').click();
    await app.page.getByTestId(`customer-row-${prefix}1`).waitFor();
    expect(await app.page.getByTestId(`customer-row-${prefix}1`).innerText()).toContain('王小明');
  });

  it('exports the customer list and a segment as CSV with a BOM, Chinese names intact', async () => {
    await app.useLocale(locale);
    await app.open('/customers');
    await app.page.getByTestId(`customer-row-${prefix}1`).waitFor();
    const all = await downloaded('customers-csv');
    expect(all.name).toBe('customers.csv');
    expect(all.text.startsWith(`\uFEFF${texts.header}`)).toBe(true);
    expect(all.text).toContain(`${prefix}1,王小明,wang@example.com`);
    expect(all.text).toContain(`${prefix}4,"Lee, Ann",ann@example.com`);
    expect(all.text.trim().split('\r\n')).toHaveLength(1 + (await customerCount()));

    const segment = `big_${locale === 'en' ? 'en' : 'zh'}`;
    await app.api('PUT', `/api/segments/${segment}`, { if: { '>': [{ var: 'customer.metrics.total_spent' }, 50] } });
    await app.open('/segments');
    const members = await downloaded(`segment-csv-${segment}`);
    expect(members.name).toBe(`segment-${segment}.csv`);
    expect(members.text.startsWith(`\uFEFF${texts.header}`)).toBe(true);
    const lines = members.text.trim().split('\r\n').slice(1);
    // Only the first customer of each language's file spent over 50 (the English run comes first).
    expect(lines.map((line) => line.split(',')[0])).toEqual(locale === 'en' ? ['en-1'] : ['en-1', 'zh-1']);
    expect(lines.at(-1)).toContain('王小明');
  });
});

describe('CSV exports from the editor and the task list', () => {
  const playbook = {
    schema: 'stayflow/playbook@1',
    id: 'csv-welcome',
    name: 'CSV welcome',
    nodes: [
      { id: 'start', type: 'trigger', on: 'manual' },
      { id: 'mail', type: 'action', action: 'send_message', channel: 'email', label: '欢迎邮件', template: { subject: 'Hello', body: 'Hi {{customer.name}}, 欢迎!' } },
      { id: 'call', type: 'action', action: 'create_task', title: '回访 {{customer.name}}' },
    ],
    edges: [
      { from: 'start', to: 'mail' },
      { from: 'mail', to: 'call' },
    ],
  };

  it('downloads a playbook’s per-step results, its message log and the tasks', async () => {
    // The tests before this one leave the app in Chinese; these files are checked in English.
    await app.useLocale('en');
    await app.api('PUT', '/api/customers/csv-a', { attributes: { name: '赵敏' } });
    await app.api('PUT', '/api/customers/csv-b', { attributes: { name: 'Bea, "B"' } });
    await app.api('POST', '/api/playbooks', playbook);
    await app.api('POST', `/api/playbooks/${playbook.id}/publish`);
    await app.api('POST', `/api/playbooks/${playbook.id}/enroll`, { customer_ids: ['csv-a', 'csv-b'] });

    await app.open(`/playbooks/${playbook.id}`);
    await app.page.getByTestId('stats-toggle').click();
    await app.page.getByTestId('results-csv').waitFor();
    await app.screenshot('csv-editor-stats');
    const results = await downloaded('results-csv');
    expect(results.name).toBe(`results-${playbook.id}.csv`);
    const lines = results.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('step_id,step,entered,branch,customers_on_branch');
    expect(lines).toContain('mail,欢迎邮件,2,next,2');

    const messages = await downloaded('messages-csv');
    expect(messages.name).toBe(`messages-${playbook.id}.csv`);
    expect(messages.text.startsWith('\uFEFFsent_at,customer_id,playbook,step,channel,status,subject,body\r\n')).toBe(true);
    expect(messages.text).toContain('"Hi Bea, ""B"", 欢迎!"');
    expect(messages.text).toContain('Hi 赵敏, 欢迎!');

    await app.open('/tasks');
    const tasks = await downloaded('tasks-csv');
    expect(tasks.name).toBe('tasks-open.csv');
    expect(tasks.text).toContain('回访 赵敏');
    expect(tasks.text.trim().split('\r\n')).toHaveLength(3);
  });
});
