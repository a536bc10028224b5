import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useBrowserApp, type Json } from './setup.ts';

const app = useBrowserApp({ demoCustomers: 20 });

/** A live playbook that gives a customer a task, then waits a week before mailing them: an erasure ends it. */
const followUp = {
  schema: 'stayflow/playbook@1',
  id: 'privacy-follow-up',
  name: 'Privacy follow-up',
  nodes: [
    { id: 'start', type: 'trigger', on: 'manual' },
    { id: 'call', type: 'action', action: 'create_task', title: 'Call the customer' },
    { id: 'wait', type: 'wait', for: 'P7D' },
    { id: 'mail', type: 'action', action: 'send_message', channel: 'email', template: { subject: 'Still there?', body: 'Hi {{customer.name}}' } },
  ],
  edges: [
    { from: 'start', to: 'call' },
    { from: 'call', to: 'wait' },
    { from: 'wait', to: 'mail' },
  ],
};

async function enrol(customerId: string): Promise<void> {
  if ((await app.api('GET', '/api/playbooks')).playbooks.every((p: Json) => p.id !== followUp.id)) {
    await app.api('POST', '/api/playbooks', followUp);
    await app.api('POST', `/api/playbooks/${followUp.id}/publish`);
  }
  await app.api('POST', `/api/playbooks/${followUp.id}/enroll`, { customer_ids: [customerId] });
}

/** Whether any string in the document is exactly `text`. */
function holds(document: Json, text: string): boolean {
  if (document === text) return true;
  if (document === null || typeof document !== 'object') return false;
  return Object.values(document).some((value) => holds(value, text));
}

describe('a customer’s privacy requests', () => {
  it('exports the customer’s data, then erases them after their id is typed', async () => {
    const { page } = app;
    const id = 'cus-00005';
    await enrol(id);
    const before = await app.api('GET', `/api/customers/${id}`);
    const active: number = before.active_runs.length;
    expect(before.active_runs.map((run: Json) => run.playbook)).toContain(followUp.id);
    const name: string = before.attributes.name;

    await app.open(`/customers/${id}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-customer').click()]);
    expect(download.suggestedFilename()).toBe(`customer-${id}.json`);
    const exported: Json = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(holds(exported, id)).toBe(true);
    expect(JSON.stringify(exported)).toContain('Call the customer');

    await page.getByTestId('erase-customer').click();
    const dialog = page.getByRole('dialog', { name: `Erase ${name}?` });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(active === 1 ? 'the 1 journey in progress ends now' : `the ${active} journeys in progress end now`);
    expect(await dialog.textContent()).toContain('This cannot be undone.');
    const confirm = page.getByTestId('erase-confirm');
    expect(await confirm.isDisabled()).toBe(true);
    await page.getByTestId('erase-confirm-id').fill('cus-0000');
    expect(await confirm.isDisabled()).toBe(true);
    await page.getByTestId('erase-confirm-id').fill(id);
    expect(await confirm.isEnabled()).toBe(true);
    await confirm.click();

    await page.waitForURL(`${app.url}/customers`);
    await page.getByRole('status').filter({ hasText: `Customer ${name} (${id}) was erased` }).waitFor();
    await page.getByTestId('customer-row-cus-00004').waitFor();
    expect(await page.getByTestId(`customer-row-${id}`).count()).toBe(0);

    await app.open(`/customers/${id}`);
    await page.getByTestId('customer-not-found').getByText('No such customer').waitFor();
    await app.api('GET', `/api/customers/${id}`, undefined, 404);
    expect((await app.api('GET', `/api/runs?customer=${id}`)).runs).toEqual([]);
    expect((await app.api('GET', `/api/tasks?customer=${id}`)).tasks).toEqual([]);
  });

  it('keeps keyboard focus in the dialog, and Escape cancels without erasing', async () => {
    const { page } = app;
    const id = 'cus-00006';
    await app.open(`/customers/${id}`);
    await page.getByTestId('erase-customer').click();
    const dialog = page.getByTestId('erase-dialog');
    await dialog.waitFor();
    expect(await dialog.getAttribute('aria-modal')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('erase-confirm-id');

    // Close, Cancel, back to the field (the disabled confirm button is skipped), and round again.
    const inside: boolean[] = [];
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Tab');
      inside.push(await dialog.evaluate((panel) => panel.contains(document.activeElement)));
    }
    await page.keyboard.press('Shift+Tab');
    inside.push(await dialog.evaluate((panel) => panel.contains(document.activeElement)));
    expect(inside).toEqual([true, true, true, true, true, true]);

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('erase-customer');
    await app.api('GET', `/api/customers/${id}`);
  });

  it('shows the server’s sentence when the erasure fails', async () => {
    const { page } = app;
    const id = 'cus-00007';
    await app.open(`/customers/${id}`);
    await page.getByTestId('erase-customer').click();
    await page.getByTestId('erase-confirm-id').fill(id);
    // Someone else erases the customer first: the server answers 404 with its own sentence.
    await app.api('DELETE', `/api/customers/${id}`, undefined, 204);
    await page.getByTestId('erase-confirm-id').press('Enter');
    await page.getByTestId('erase-dialog').getByRole('alert').getByText(id).waitFor();
    expect(page.url()).toBe(`${app.url}/customers/${id}`);
    expect(await page.getByTestId('erase-confirm').isEnabled()).toBe(true);
  });
});
