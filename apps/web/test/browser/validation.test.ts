import { describe, expect, it } from 'vitest';
import { centre, connect, dropStep, node, panCanvas, POLL, settled } from './canvas.ts';
import { useBrowserApp } from './setup.ts';

const app = useBrowserApp();

describe('validation on the canvas', () => {
  it('badges a step nobody can reach, names it in the problems list, and takes the user to it', async () => {
    const { page } = app;
    await app.api('POST', '/api/playbooks?partial=true', {
      schema: 'stayflow/playbook@1',
      id: 'follow-up',
      name: 'Follow-up',
      nodes: [
        { id: 'start', type: 'trigger', on: 'manual', position: { x: 0, y: 0 } },
        { id: 'hello', type: 'action', action: 'send_message', channel: 'sms', template: { body: 'Hello!' }, position: { x: 0, y: 160 } },
      ],
      edges: [{ from: 'start', to: 'hello' }],
    });
    await app.open('/playbooks/follow-up');
    await node(page, 'hello').waitFor();
    await settled(page);
    expect(await page.getByTestId('toolbar-problems').textContent()).toBe('No problems');

    // A task dropped beside the message, connected to nothing.
    const hello = (await node(page, 'hello').boundingBox())!;
    const task = await dropStep(page, 'palette-action-create_task', { x: hello.x + hello.width + 150, y: hello.y + 20 });
    const badge = page.getByTestId(`badge-${task}`);
    await badge.waitFor();
    expect(await node(page, task).locator(`[data-testid=badge-${task}]`).count()).toBe(1);
    expect(await badge.getAttribute('class')).toContain('sf-badge-error');
    expect(await badge.textContent()).toContain('can never be reached');
    expect(await node(page, 'hello').locator('.sf-badge').count()).toBe(0);

    await page.getByTestId('problems-toggle').click();
    const problems = page.locator(`[data-testid^=problem-][data-node="${task}"]`);
    await expect.poll(() => problems.count(), POLL).toBeGreaterThan(0);
    const unreachable = problems.filter({ hasText: 'can never be reached' });
    // Named as on its card.
    expect(await unreachable.locator('.sf-problem-where').textContent()).toBe(await node(page, task).locator('.sf-node-title').textContent());

    // Away from it: nothing selected, the step off-centre.
    await page.getByTestId('inspector-close').click();
    await panCanvas(page, { x: -250, y: 120 });
    expect(await node(page, task).getAttribute('class')).not.toContain('sf-selected');

    await unreachable.click();
    await expect.poll(() => node(page, task).getAttribute('class'), POLL).toContain('sf-selected');
    expect(await page.getByTestId('inspector').getAttribute('aria-label')).toBe('Create task');
    await settled(page);
    const canvas = await centre(page.getByTestId('canvas'));
    const card = await centre(node(page, task));
    expect(Math.abs(card.x - canvas.x)).toBeLessThan(30);
    expect(Math.abs(card.y - canvas.y)).toBeLessThan(30);

    // Fixed: connected and given a title, the badge and the problems go.
    await connect(page, 'hello', 'next', task);
    await page.getByTestId('field-task-title').fill('Call the customer');
    await badge.waitFor({ state: 'detached' });
    await page.getByTestId('problems-empty').waitFor();
  });
});
