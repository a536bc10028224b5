import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Playbook, validate } from '@stayflow/playbook';
import { describe, expect, it } from 'vitest';
import { customerView, playbookOf } from '../testing/fixtures.ts';
import { buildContext } from '../buildContext.ts';
import { compilePlaybook } from './compilePlaybook.ts';

const examples = fileURLToPath(new URL('../../../../examples/playbooks/', import.meta.url));

describe('compilePlaybook', () => {
  it('indexes nodes by id and edges by (node, port), `next` by default', () => {
    const playbook = compilePlaybook(
      playbookOf({
        nodes: [
          { id: 'start', type: 'trigger', on: 'manual' },
          { id: 'vip', type: 'condition', if: { has_tag: 'vip' } },
          { id: 'done', type: 'exit' },
        ],
        edges: [
          { from: 'start', to: 'vip' },
          { from: 'vip', to: 'done', port: 'true' },
        ],
      }),
      3,
    );
    expect(playbook.version).toBe(3);
    expect(playbook.trigger).toMatchObject({ id: 'start', on: 'manual' });
    expect(playbook.nodes.get('start')?.next.get('next')).toBe('vip');
    expect(playbook.nodes.get('vip')?.next.get('true')).toBe('done');
    expect(playbook.nodes.get('vip')?.next.get('false')).toBeUndefined();
  });

  it('escapes placeholder values only in emails written as HTML (plain text is escaped whole on delivery)', () => {
    const playbook = compilePlaybook(
      playbookOf({
        nodes: [
          { id: 'start', type: 'trigger', on: 'manual' },
          { id: 'html', type: 'action', action: 'send_message', channel: 'email', template: { body: '<p>Hi {{customer.name}}</p>' } },
          { id: 'plain', type: 'action', action: 'send_message', channel: 'email', template: { body: 'Hi {{customer.name}},\nsee you soon' } },
          { id: 'sms', type: 'action', action: 'send_message', channel: 'sms', template: { body: '<b>Hi</b>' } },
        ],
      }),
      1,
    );
    const html = (id: string) => {
      const node = playbook.nodes.get(id);
      return node?.type === 'action' && node.action.action === 'send_message' ? node.action.html : undefined;
    };
    expect([html('html'), html('plain'), html('sms')]).toEqual([true, false, false]);
  });

  it('compiles Logic once, ready to test a context', () => {
    const playbook = compilePlaybook(playbookOf({ nodes: [{ id: 'start', type: 'trigger', on: 'segment', if: { has_tag: 'vip' } }] }), 1);
    if (playbook.trigger.on !== 'segment') throw new Error('expected a segment trigger');
    expect(playbook.trigger.if.test(buildContext(customerView({ tags: ['vip'] }), null, 0))).toBe(true);
    expect(playbook.trigger.if.test(buildContext(customerView(), null, 0))).toBe(false);
  });

  it('reads settings with their defaults', () => {
    const playbook = compilePlaybook(playbookOf({ nodes: [{ id: 'start', type: 'trigger', on: 'manual' }], settings: { quiet_hours: { start: '22:00', end: '08:00' } } }), 1);
    expect(playbook.settings).toMatchObject({ reentry: { mode: 'after_exit' }, holdout: 0, quietHours: { start: 1320, end: 480 } });
  });

  it('cuts split weights into cumulative ranges', () => {
    const playbook = compilePlaybook(
      playbookOf({
        nodes: [
          { id: 'start', type: 'trigger', on: 'manual' },
          { id: 'ab', type: 'split', variants: [{ port: 'a', weight: 30 }, { port: 'b', weight: 70 }] },
        ],
      }),
      1,
    );
    expect(playbook.nodes.get('ab')).toMatchObject({ variants: [{ port: 'a', upTo: 30 }, { port: 'b', upTo: 100 }] });
  });

  it('compiles every template in examples/', () => {
    const files = readdirSync(examples).filter((file) => file.endsWith('.json'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const document = JSON.parse(readFileSync(`${examples}${file}`, 'utf8')) as Playbook;
      expect(validate(document).valid, file).toBe(true);
      const playbook = compilePlaybook(document, 1);
      expect(playbook.nodes.size, file).toBe(document.nodes.length);
    }
  });
});
