import { describe, expect, it } from 'vitest';
import { OPEN_MIN_ZOOM, openingViewport } from './useZoomIntents.ts';

const screen = { width: 1000, height: 600 };

describe('openingViewport', () => {
  it('shows a playbook that fits at a readable zoom whole and centred, never above 100%', () => {
    const view = openingViewport({ x: 0, y: 0, width: 400, height: 300 }, undefined, screen);
    expect(view.zoom).toBe(1);
    expect(view.x).toBe(300);
    expect(view.y).toBe(150);
  });

  it('opens a tall playbook at the readable minimum with its trigger at the top', () => {
    const bounds = { x: -100, y: 0, width: 600, height: 3000 };
    const trigger = { x: 100, y: 0, width: 200, height: 80 };
    const view = openingViewport(bounds, trigger, screen);
    expect(view.zoom).toBe(OPEN_MIN_ZOOM);
    // The graph is narrow enough to centre; its top is 40 px below the edge.
    expect(view.x + (bounds.x + bounds.width / 2) * view.zoom).toBeCloseTo(screen.width / 2);
    expect(view.y).toBe(40);
  });

  it('centres on the trigger when the playbook is too wide to centre', () => {
    const trigger = { x: 2000, y: 500, width: 200, height: 80 };
    const view = openingViewport({ x: 0, y: 500, width: 5000, height: 3000 }, trigger, screen);
    expect(view.x + 2100 * view.zoom).toBeCloseTo(screen.width / 2);
    expect(view.y + 500 * view.zoom).toBe(40);
  });
});
