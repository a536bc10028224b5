import { describe, expect, it } from 'vitest';
import { connect, dropStep, edge, node, nodeIds, panCanvas, POLL, selectNode, settled } from './canvas.ts';
import { useBrowserApp } from './setup.ts';

const app = useBrowserApp();

describe('building a playbook from scratch', () => {
  it('drags steps in, connects them, sets a condition and a message, publishes, and finds it live after a reload', async () => {
    const { page } = app;
    await app.open('/playbooks');
    await page.getByTestId('new-playbook').click();
    await page.getByTestId('new-playbook-name').fill('Quiet customers');
    await page.getByTestId('new-playbook-create').click();
    await page.waitForURL('**/playbooks/quiet-customers');

    // A blank playbook starts with its trigger, so the palette offers no second one.
    await node(page, 'start').waitFor();
    expect(await nodeIds(page)).toEqual(['start']);
    expect(await page.getByTestId('palette-trigger').count()).toBe(0);

    // Room to work: zoom out a little and pan the trigger up, then drop the steps below it.
    await page.locator('.react-flow__controls-zoomout').click();
    await page.locator('.react-flow__controls-zoomout').click();
    await settled(page);
    await panCanvas(page, { x: 0, y: -220 });
    const trigger = (await node(page, 'start').boundingBox())!;
    const below = (dx: number, dy: number) => ({ x: trigger.x + trigger.width / 2 + dx, y: trigger.y + trigger.height + dy });
    const condition = await dropStep(page, 'palette-condition', below(0, 60));
    const message = await dropStep(page, 'palette-action-send_message', below(-160, 330));
    const wait = await dropStep(page, 'palette-wait', below(160, 190));
    expect([condition, message, wait]).toEqual(['condition_1', 'send_message_1', 'wait_1']);

    await connect(page, 'start', 'next', condition);
    await connect(page, condition, 'true', message);
    await connect(page, condition, 'false', wait);
    await connect(page, wait, 'next', message);

    // The condition, through the builder: "Days since last order is more than 30".
    await selectNode(page, condition);
    const builder = page.getByTestId('field-if');
    await builder.getByTestId('add-rule').click();
    await builder.locator('select.rule-fields').selectOption({ label: 'Days since last order' });
    await builder.locator('select.rule-operators').selectOption('>');
    await builder.getByTestId('condition-value-0').fill('30');
    await expect.poll(() => node(page, condition).textContent(), POLL).toContain('Days since last order');

    // The message.
    await selectNode(page, message);
    await page.getByTestId('field-subject').fill('We miss you');
    await page.getByTestId('field-body').fill('Hello {{customer.name}}, it has been a while. Here is what is new.');
    // Email is previewed as HTML in a sandboxed frame, with the preview customer's details filled in.
    await expect.poll(() => page.getByTestId('message-preview').locator('iframe').getAttribute('srcdoc'), POLL).toContain('it has been a while');
    expect(await page.getByTestId('message-preview').locator('iframe').getAttribute('srcdoc')).not.toContain('{{');

    // Nothing left to fix.
    await page.getByTestId('problems-toggle').click();
    await page.getByTestId('problems-empty').waitFor();
    await page.locator('[data-testid=save-state][data-state=saved]').waitFor();

    await page.getByTestId('publish').click();
    const dialog = page.getByTestId('publish-dialog');
    await dialog.getByTestId('publish-confirm').and(page.locator(':enabled')).click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('[data-testid=status-badge][data-status=live]').waitFor();

    await page.reload();
    await node(page, message).waitFor();
    await expect.poll(() => page.locator('.editor-title [data-testid=status-badge]').getAttribute('data-status'), POLL).toBe('live');
    expect(await page.locator('.editor-title').textContent()).toContain('v1');
    expect((await nodeIds(page)).sort()).toEqual([condition, message, 'start', wait].sort());
    for (const [from, to, port] of [['start', condition, 'next'], [condition, message, 'true'], [condition, wait, 'false'], [wait, message, 'next']] as const) {
      expect(await edge(page, from, to, port).count()).toBe(1);
    }
    expect(await node(page, condition).textContent()).toContain('30');

    const saved = await app.api('GET', '/api/playbooks/quiet-customers');
    expect(saved.status).toBe('live');
    expect(saved.published_version).toBe(1);
    const published = await app.api('GET', '/api/playbooks/quiet-customers/versions/1');
    const conditionNode = published.document.nodes.find((n: { id: string }) => n.id === condition);
    expect(conditionNode.if).toEqual({ '>': [{ var: 'customer.metrics.days_since_last_order' }, 30] });
  });
});
