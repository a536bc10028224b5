import { describe, expect, it } from 'vitest';
import { edge, node, nodeIds, POLL } from './canvas.ts';
import { useBrowserApp, type Json } from './setup.ts';

const app = useBrowserApp();

describe('starting from a template', () => {
  it('opens the editor on a draft with the template’s steps and connections', async () => {
    const { page } = app;
    const { templates } = await app.api('GET', '/api/templates');
    const template = templates.find((t: Json) => t.id === 'win-back');

    await app.open('/playbooks');
    await page.getByTestId('from-template').click();
    await page.waitForURL('**/templates');
    const card = page.getByTestId('template-win-back');
    expect(await card.textContent()).toContain(template.name);
    await card.getByTestId('use-template-win-back').click();

    await page.waitForURL('**/playbooks/win-back');
    await node(page, 'done').waitFor();
    expect((await nodeIds(page)).sort()).toEqual(template.nodes.map((n: Json) => n.id).sort());
    for (const e of template.edges as Json[]) expect(await edge(page, e.from, e.to, e.port ?? 'next').count(), `${e.from}->${e.to}`).toBe(1);
    expect(await node(page, 'is_high_value').textContent()).toContain('High-value customer?');
    expect(await page.locator('.editor-title').textContent()).toContain(template.name);
    expect(await page.locator('.editor-title [data-testid=status-badge]').getAttribute('data-status')).toBe('draft');
    // A template is valid as it comes: ready to publish.
    await expect.poll(() => page.getByTestId('toolbar-problems').textContent(), POLL).toBe('No problems');

    // The draft is the operator's own: listed with the others, the template untouched.
    await page.getByTestId('nav-playbooks').click();
    await page.getByTestId('playbook-row-win-back').waitFor();
    expect(await page.getByTestId('playbook-row-win-back').locator('[data-testid=status-badge]').getAttribute('data-status')).toBe('draft');
    const saved = await app.api('GET', '/api/playbooks/win-back');
    expect(saved.draft.nodes).toEqual(template.nodes);
  });

  it('gives a second draft from the same template a free id', async () => {
    const { page } = app;
    await app.api('POST', '/api/playbooks?partial=true', { ...(await app.api('GET', '/api/templates')).templates.find((t: Json) => t.id === 'welcome-call') });
    await app.open('/templates');
    await page.getByTestId('use-template-welcome-call').click();
    await page.waitForURL('**/playbooks/welcome-call-2');
    await node(page, 'start').waitFor();
    expect((await nodeIds(page)).length).toBe(4);
  });
});
