import { describe, expect, it } from 'vitest';
import { validate } from '@stayflow/playbook';
import { loadTemplates } from '../test/templates.ts';
import { autoLayout, DEFAULT_NODE_SIZE } from './autoLayout.ts';

describe('autoLayout', () => {
  it.each(loadTemplates())('%s: lays out top to bottom, deterministically, changing only positions', (_file, playbook) => {
    const laid = autoLayout(playbook);
    expect(autoLayout(playbook)).toEqual(laid);
    expect(validate(laid).valid).toBe(true);
    const trigger = laid.nodes.find((n) => n.type === 'trigger')!;
    expect(trigger.position).toEqual({ x: 0, y: 0 });
    const byId = new Map(laid.nodes.map((n) => [n.id, n.position!]));
    for (const edge of laid.edges) expect(byId.get(edge.to)!.y).toBeGreaterThan(byId.get(edge.from)!.y);
    const overlaps = laid.nodes.some((a, i) =>
      laid.nodes.some(
        (b, j) =>
          i < j &&
          Math.abs(a.position!.x - b.position!.x) < DEFAULT_NODE_SIZE.width &&
          Math.abs(a.position!.y - b.position!.y) < DEFAULT_NODE_SIZE.height,
      ),
    );
    expect(overlaps).toBe(false);
    const strip = (p: typeof playbook) => JSON.stringify({ ...p, nodes: p.nodes.map(({ position: _p, ...rest }) => rest) });
    expect(strip(laid)).toBe(strip(playbook));
  });
});
