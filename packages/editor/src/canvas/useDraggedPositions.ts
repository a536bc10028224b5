import type { Position } from '@stayflow/playbook';
import { useMemo, useRef, useState } from 'react';

/**
 * Where the cards being dragged are, while the drag lasts. They stay out of the document
 * (and so out of validation, the history, autosave and every panel) until the drag ends,
 * when `take` hands them over to be committed as one edit.
 */
export interface DragPositions {
  /** Cards moved by the hand (merged with those already moved in this drag). */
  move(positions: Readonly<Record<string, Position>>): void;
  /** The positions held since the drag started, forgotten here; null when none. */
  take(): Readonly<Record<string, Position>> | null;
}

export function useDraggedPositions(): [Readonly<Record<string, Position>> | null, DragPositions] {
  const [dragged, setDragged] = useState<Readonly<Record<string, Position>> | null>(null);
  const latest = useRef<Readonly<Record<string, Position>> | null>(null);
  const buffer = useMemo<DragPositions>(
    () => ({
      move(positions) {
        latest.current = { ...latest.current, ...positions };
        setDragged(latest.current);
      },
      take() {
        const taken = latest.current;
        latest.current = null;
        if (taken !== null) setDragged(null);
        return taken;
      },
    }),
    [],
  );
  return [dragged, buffer];
}
