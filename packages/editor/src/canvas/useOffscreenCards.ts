import { useStoreApi, type ReactFlowState } from '@xyflow/react';
import { useEffect, type RefObject } from 'react';
import { DEFAULT_NODE_SIZE } from '../model/autoLayout.ts';
import { offscreenCards, type CardBox } from './offscreenCards.ts';

/** Set on a card's React Flow wrapper while the card is off screen; styles/canvas.css stops painting its contents. */
export const OFFSCREEN_ATTRIBUTE = 'data-sf-offscreen';

function boxes(state: ReactFlowState): CardBox[] {
  const cards: CardBox[] = [];
  for (const node of state.nodeLookup.values()) {
    // A selected card stays drawn wherever it is (the inspector and the keyboard act on it).
    if (node.selected) continue;
    const { x, y } = node.internals.positionAbsolute;
    cards.push({ id: node.id, x, y, width: node.measured.width ?? DEFAULT_NODE_SIZE.width, height: node.measured.height ?? DEFAULT_NODE_SIZE.height });
  }
  return cards;
}

/**
 * In a playbook of `OFFSCREEN_MIN_CARDS` cards or more, marks the cards off screen (past
 * `OFFSCREEN_MARGIN` of the screen's size) so Chromium does not paint them. They stay mounted and measured, with their connections drawn (React
 * Flow's `onlyRenderVisibleElements` would unmount them and drop the connections to
 * cards never measured); like that option, it takes them out of the tab order and the
 * accessibility tree until a pan or zoom brings them near. A selected or focused card is
 * never hidden. In a large playbook at a readable zoom most cards are off screen, and
 * painting them anyway made every frame of a drag redo the layerization of all of them.
 * Checked once per frame at most, after React Flow's store changes (pan, zoom, a moved,
 * measured or selected card); only cards whose state flips are touched.
 */
export function useOffscreenCards(root: RefObject<HTMLElement | null>): void {
  const flow = useStoreApi();
  useEffect(() => {
    let frame: number | undefined;
    // The cards marked in the page (a card not in the page yet is marked once it is).
    const marked = new Set<string>();
    const update = () => {
      frame = undefined;
      const element = root.current;
      if (!element) return;
      const state = flow.getState();
      const off = offscreenCards(boxes(state), state.transform, { width: state.width, height: state.height });
      if (off.size === marked.size && [...off].every((id) => marked.has(id))) return;
      const focused = globalThis.document.activeElement;
      for (const card of element.querySelectorAll<HTMLElement>('.react-flow__node')) {
        const id = card.dataset.id;
        if (id === undefined) continue;
        // Focus stays where it is: a focused card is not hidden from under it.
        const hide = off.has(id) && !card.contains(focused);
        if (hide !== card.hasAttribute(OFFSCREEN_ATTRIBUTE)) card.toggleAttribute(OFFSCREEN_ATTRIBUTE, hide);
        if (hide) marked.add(id);
        else marked.delete(id);
      }
      // Cards gone from the page.
      for (const id of marked) if (!state.nodeLookup.has(id)) marked.delete(id);
    };
    const schedule = () => {
      if (frame === undefined) frame = requestAnimationFrame(update);
    };
    schedule();
    const unsubscribe = flow.subscribe((state, previous) => {
      if (state.transform !== previous.transform || state.nodeLookup !== previous.nodeLookup || state.nodes !== previous.nodes || state.width !== previous.width || state.height !== previous.height) schedule();
    });
    return () => {
      unsubscribe();
      if (frame !== undefined) cancelAnimationFrame(frame);
    };
  }, [flow, root]);
}
