/** A card's box on the canvas (flow coordinates). */
export interface CardBox {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * How far past the edges of the screen cards still count as on it, as a share of the
 * screen's size. A pan or zoom is checked before the frame showing it is painted, so
 * this only covers an animated fit or zoom, where a card coming in can be a frame late.
 * At the 200-step bench's opening view (zoom 0.75) it leaves 34 of 200 cards painted.
 */
export const OFFSCREEN_MARGIN = 0.1;

/**
 * Playbooks with fewer cards are painted whole: a few cards off screen cost nothing to
 * paint, and every card stays in the tab order and the accessibility tree. Layerization
 * grows with the painted cards; at 200 it was 3–4 ms of each frame of a drag.
 */
export const OFFSCREEN_MIN_CARDS = 50;

/**
 * The cards entirely outside the screen (grown by `margin` of its size on each side),
 * given React Flow's transform `[x, y, zoom]` and the pane's size in pixels; none in a
 * playbook of fewer than `OFFSCREEN_MIN_CARDS` cards. Pure.
 */
export function offscreenCards(cards: readonly CardBox[], transform: readonly [number, number, number], pane: { width: number; height: number }, margin = OFFSCREEN_MARGIN, minCards = OFFSCREEN_MIN_CARDS): Set<string> {
  const [tx, ty, zoom] = transform;
  const off = new Set<string>();
  if (cards.length < minCards) return off;
  // Nothing measured yet, or a zero zoom: every card counts as on screen.
  if (!(zoom > 0) || pane.width <= 0 || pane.height <= 0) return off;
  const left = (-tx - margin * pane.width) / zoom;
  const top = (-ty - margin * pane.height) / zoom;
  const right = (-tx + (1 + margin) * pane.width) / zoom;
  const bottom = (-ty + (1 + margin) * pane.height) / zoom;
  for (const card of cards) {
    if (card.x > right || card.y > bottom || card.x + card.width < left || card.y + card.height < top) off.add(card.id);
  }
  return off;
}
