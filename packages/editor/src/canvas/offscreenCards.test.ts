import { describe, expect, it } from 'vitest';
import { OFFSCREEN_MARGIN, OFFSCREEN_MIN_CARDS, offscreenCards } from './offscreenCards.ts';

const pane = { width: 1000, height: 800 };
const card = (id: string, x: number, y: number) => ({ id, x, y, width: 200, height: 100 });

describe('offscreenCards', () => {
  it('keeps the cards on screen and within the margin around it, at the zoom the canvas shows', () => {
    // Zoom 0.5 from the origin: the screen shows flow x 0..2000, y 0..1600; with half a screen around it, -1000..3000 and -800..2400.
    const cards = [card('on', 100, 100), card('near-right', 2900, 100), card('near-above', 0, -850), card('far-right', 3100, 0), card('far-below', 0, 2500), card('far-left', -1300, 0)];
    expect([...offscreenCards(cards, [0, 0, 0.5], pane, 0.5, 1)].sort()).toEqual(['far-below', 'far-left', 'far-right']);
  });

  it('follows a pan: a card brought near is no longer off screen', () => {
    const far = [card('far', 3000, 0)];
    expect(offscreenCards(far, [0, 0, 1], pane, OFFSCREEN_MARGIN, 1).has('far')).toBe(true);
    expect(offscreenCards(far, [-2200, 0, 1], pane, OFFSCREEN_MARGIN, 1).has('far')).toBe(false);
  });

  it('counts a card straddling the edge of the margin as on screen', () => {
    // At zoom 1 the right edge of the margin is x = (1 + margin) × 1000.
    const edge = (1 + OFFSCREEN_MARGIN) * pane.width;
    expect(offscreenCards([card('straddles', edge - 10, 0)], [0, 0, 1], pane, OFFSCREEN_MARGIN, 1).size).toBe(0);
    expect(offscreenCards([card('past', edge + 10, 0)], [0, 0, 1], pane, OFFSCREEN_MARGIN, 1).size).toBe(1);
  });

  it('hides nothing before the pane is measured', () => {
    expect(offscreenCards([card('a', 99_999, 0)], [0, 0, 1], { width: 0, height: 0 }, OFFSCREEN_MARGIN, 1).size).toBe(0);
    expect(offscreenCards([card('a', 99_999, 0)], [0, 0, 0], pane, OFFSCREEN_MARGIN, 1).size).toBe(0);
  });

  it(`paints every card of a playbook under ${OFFSCREEN_MIN_CARDS} cards, wherever they are`, () => {
    const spread = (count: number) => Array.from({ length: count }, (_, i) => card(`c${i}`, i * 5000, 0));
    expect(offscreenCards(spread(OFFSCREEN_MIN_CARDS - 1), [0, 0, 1], pane).size).toBe(0);
    expect(offscreenCards(spread(OFFSCREEN_MIN_CARDS), [0, 0, 1], pane).size).toBe(OFFSCREEN_MIN_CARDS - 1);
  });
});
