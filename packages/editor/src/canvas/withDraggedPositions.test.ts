import { describe, expect, it } from 'vitest';
import { toCanvas } from '../model/toCanvas.ts';
import { loadTemplate } from '../test/templates.ts';
import { withDraggedPositions } from './withDraggedPositions.ts';

describe('cards drawn while dragged', () => {
  const nodes = toCanvas(loadTemplate('churn-early-warning'), { locale: 'en' }).nodes;

  it('moves only the dragged cards and keeps every other node as it was', () => {
    const moved = withDraggedPositions(nodes, { start: { x: 500, y: 40 } });
    expect(moved.find((n) => n.id === 'start')?.position).toEqual({ x: 500, y: 40 });
    moved.forEach((node, i) => {
      if (node.id === 'start') {
        expect(node).not.toBe(nodes[i]);
        expect(node.data).toBe(nodes[i]!.data);
      } else expect(node).toBe(nodes[i]);
    });
  });

  it('gives a dragged card its measured size, so React Flow does not hide it to measure it again', () => {
    const moved = withDraggedPositions(nodes, { start: { x: 500, y: 40 } }, new Map([['start', { width: 220, height: 96 }]]));
    expect(moved.find((n) => n.id === 'start')?.measured).toEqual({ width: 220, height: 96 });
    expect(withDraggedPositions(nodes, { start: { x: 500, y: 40 } }, new Map()).find((n) => n.id === 'start')?.measured).toBeUndefined();
  });

  it('is the same list when nothing is dragged', () => {
    expect(withDraggedPositions(nodes, null)).toBe(nodes);
  });
});
