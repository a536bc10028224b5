import { useRef } from 'react';

/**
 * The previous array when the new one holds the same items in the same order. React Flow
 * rebuilds its connection lookup whenever the `edges` prop changes, so a drag (which
 * moves nodes, not edges) should hand it the same edges array every frame.
 */
export function useStableList<T>(list: readonly T[]): readonly T[] {
  const last = useRef(list);
  const previous = last.current;
  if (previous !== list && (previous.length !== list.length || list.some((item, index) => item !== previous[index]))) last.current = list;
  return last.current;
}
