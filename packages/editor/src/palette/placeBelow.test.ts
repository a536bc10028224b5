import { describe, expect, it } from 'vitest';
import { addNode } from '../changes/addNode.ts';
import { loadTemplate } from '../test/templates.ts';
import { placeBelow } from './placeBelow.ts';

describe('placeBelow (click to add)', () => {
  it('goes under the selected step and connects its first free exit', () => {
    const playbook = loadTemplate('churn-early-warning');
    const { position, options } = placeBelow(playbook, 'call_task');
    expect(options.after).toEqual({ node: 'call_task', port: 'next' });
    expect(position).toEqual({ x: 220, y: 840 });
  });

  it('goes under the free exit of a branching step', () => {
    const playbook = loadTemplate('churn-early-warning');
    const { document } = addNode(playbook, 'condition', { x: 600, y: 0 });
    const { position, options } = placeBelow(document, 'condition_1');
    expect(options.after).toEqual({ node: 'condition_1', port: 'true' });
    expect(position.x).toBeLessThan(600);
  });

  it('does not connect a step whose exits are all taken, and avoids landing on another step', () => {
    const playbook = loadTemplate('churn-early-warning');
    const { position, options } = placeBelow(playbook, 'start');
    expect(options.after).toBeUndefined();
    const overlaps = playbook.nodes.some((n) => Math.abs(n.position!.x - position.x) < 200 && Math.abs(n.position!.y - position.y) < 100);
    expect(overlaps).toBe(false);
  });

  it('starts at the origin of an empty playbook, and under the lowest step otherwise', () => {
    expect(placeBelow({ schema: 'stayflow/playbook@1', id: 'x', name: 'X', nodes: [], edges: [] }, undefined).position).toEqual({ x: 0, y: 0 });
    expect(placeBelow(loadTemplate('churn-early-warning'), undefined).position.y).toBe(980);
  });
});
