import { describe, expect, it } from 'vitest';
import { node, nodeIds, POLL } from './canvas.ts';
import { useBrowserApp, type Json } from './setup.ts';

const app = useBrowserApp();

/** Manual trigger; quiet customers get an email now, the others an SMS in three days. */
const PLAYBOOK = {
  schema: 'stayflow/playbook@1',
  id: 'check-in',
  name: 'Check-in',
  nodes: [
    { id: 'start', type: 'trigger', on: 'manual', position: { x: 0, y: 0 } },
    { id: 'quiet', type: 'condition', label: 'Quiet for a month?', if: { '>': [{ var: 'customer.metrics.days_since_last_order' }, 30] }, position: { x: 0, y: 150 } },
    { id: 'email', type: 'action', action: 'send_message', channel: 'email', template: { subject: 'We miss you', body: 'Hello {{customer.name}}, come back soon.' }, position: { x: -200, y: 320 } },
    { id: 'later', type: 'wait', for: 'P3D', position: { x: 200, y: 320 } },
    { id: 'sms', type: 'action', action: 'send_message', channel: 'sms', template: { body: 'Thanks for staying with us, {{customer.name}}.' }, position: { x: 200, y: 480 } },
  ],
  edges: [
    { from: 'start', to: 'quiet' },
    { from: 'quiet', to: 'email', port: 'true' },
    { from: 'quiet', to: 'later', port: 'false' },
    { from: 'later', to: 'sms' },
  ],
};

describe('test run', () => {
  it('runs the draft for a chosen customer, highlights the path taken and lists the messages', async () => {
    const { page } = app;
    await app.api('POST', '/api/playbooks', PLAYBOOK);
    const { customers } = await app.api('GET', '/api/customers?limit=100');
    const chosen = customers.find((c: Json) => (c.metrics.days_since_last_order ?? 0) > 30 && typeof c.attributes.name === 'string');
    expect(chosen, 'a demo customer quiet for a month').toBeDefined();
    const expected = await app.api('POST', '/api/playbooks/check-in/test', { customer_id: chosen.id, days: 30 });
    expect(expected.path.nodes).toEqual(['start', 'quiet', 'email']);

    await app.open('/playbooks/check-in');
    await node(page, 'sms').waitFor();
    await page.getByTestId('test-run').click();
    const panel = page.getByTestId('test-panel');
    await panel.getByTestId('test-customer-search').fill(chosen.attributes.name);
    await panel.getByTestId(`test-customer-${chosen.id}`).click();
    expect(await panel.getByTestId(`test-customer-${chosen.id}`).getAttribute('class')).toContain('active');
    await panel.getByTestId('test-days-30').click();
    await panel.getByTestId('test-run-go').click();

    const result = panel.locator('[data-testid=test-result][data-entered=true]');
    await result.waitFor();
    // The path is drawn on the canvas: its steps and connections emphasised, the rest dimmed.
    await expect.poll(() => page.locator('.sf-node.sf-highlighted').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-testid'))), POLL).toEqual(
      expected.path.nodes.map((id: string) => `node-${id}`),
    );
    const highlightedEdges = await page.locator('.react-flow__edge.sf-highlighted').evaluateAll((edges) => edges.map((e) => e.getAttribute('data-id')));
    expect(highlightedEdges.sort()).toEqual(expected.path.edges.map((e: Json) => `${e.from}->${e.to}:${e.port}`).sort());
    const dimmed = await page.locator('.react-flow__node.sf-dimmed').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-id')).sort());
    expect(dimmed).toEqual((await nodeIds(page)).filter((id) => !expected.path.nodes.includes(id)).sort());

    // What the customer would get, personalised.
    const messages = result.locator('.message-card');
    expect(await messages.count()).toBe(expected.messages.length);
    expect(await messages.first().textContent()).toContain('We miss you');
    expect(await messages.first().textContent()).toContain(`Hello ${chosen.attributes.name}`);
    expect(await result.locator('.timeline li').count()).toBe(expected.steps.length);
    expect(expected.messages).toHaveLength(1);
    expect(await result.textContent()).toMatch(new RegExp(`${expected.steps.length} steps · 1 message(?!s)`));

    // Closing the panel takes the highlight away.
    await panel.locator('.drawer-header').getByRole('button', { name: 'Close' }).click();
    await panel.waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('.sf-node.sf-highlighted, .react-flow__node.sf-dimmed').count(), POLL).toBe(0);
  });
});
