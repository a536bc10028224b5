import { describe, expect, it } from 'vitest';
import { node, POLL, selectNode, settled } from './canvas.ts';
import { useBrowserApp } from './setup.ts';

const app = useBrowserApp();

const WORDS = {
  en: { name: 'Name', code: 'Coupon code', city: 'City' },
  'zh-CN': { name: '姓名', code: '优惠码', city: '城市' },
} as const;

describe('personal fields in messages', () => {
  for (const locale of ['en', 'zh-CN'] as const) {
    it(`are labelled chips in the message editor and on the card, while the document keeps {{…}} (${locale})`, async () => {
      const { page } = app;
      const id = `chips-${locale.toLowerCase()}`;
      await app.api('POST', '/api/playbooks?partial=true', {
        schema: 'stayflow/playbook@1',
        id,
        name: id,
        nodes: [
          { id: 'start', type: 'trigger', on: 'manual', position: { x: 0, y: 0 } },
          { id: 'hello', type: 'action', action: 'send_message', channel: 'email', template: { subject: 'Hi {{customer.name}}', body: 'Hello {{customer.name}}, your code is {{coupon.code}}.' }, position: { x: 0, y: 170 } },
        ],
        edges: [{ from: 'start', to: 'hello' }],
      });
      await page.addInitScript((chosen) => {
        try {
          localStorage.setItem('stayflow.locale', chosen);
        } catch {
          // The preview's sandboxed frame has no storage.
        }
      }, locale);
      await app.open(`/playbooks/${id}`);
      await node(page, 'hello').waitFor();
      await settled(page);
      const words = WORDS[locale];
      // The card reads the label, not the field's path.
      expect(await node(page, 'hello').textContent()).toContain(`‹${words.name}›`);

      await selectNode(page, 'hello');
      const body = page.getByTestId('field-body');
      const chips = () => body.locator('.sf-placeholder-chip').allTextContents();
      expect(await chips()).toEqual([words.name, words.code]);
      expect(await body.textContent()).not.toContain('{{');
      expect(await page.getByTestId('field-subject').locator('.sf-placeholder-chip').allTextContents()).toEqual([words.name]);

      // Typing and inserting a field: the chip appears where the caret is, the document gets its placeholder.
      await body.click();
      await page.keyboard.press('End');
      await page.keyboard.press('Control+End');
      await page.keyboard.type(' See you');
      await page.getByTestId('placeholder-picker').selectOption('customer.city');
      await expect.poll(chips, POLL).toEqual([words.name, words.code, words.city]);
      await expect
        .poll(async () => (await app.api('GET', `/api/playbooks/${id}`)).draft.nodes.find((n: { id: string }) => n.id === 'hello').template.body, POLL)
        .toBe('Hello {{customer.name}}, your code is {{coupon.code}}. See you{{customer.city}}');

      // A chip goes with one Backspace, as one character.
      await page.keyboard.press('Backspace');
      await expect.poll(chips, POLL).toEqual([words.name, words.code]);
      await expect
        .poll(async () => (await app.api('GET', `/api/playbooks/${id}`)).draft.nodes.find((n: { id: string }) => n.id === 'hello').template.body, POLL)
        .toBe('Hello {{customer.name}}, your code is {{coupon.code}}. See you');

      // The preview renders the sample customer's details: no raw placeholder shows.
      expect(await page.getByTestId('message-preview').textContent()).not.toContain('{{');
    });
  }
});
