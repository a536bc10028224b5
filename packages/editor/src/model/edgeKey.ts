import { edgeLabel, type Edge } from '@stayflow/playbook';

/**
 * The key of an edge on the canvas and in the selection: the validator's name for it
 * (`edgeLabel`: its `id`, else `from->to:port`), so a problem points at the right connection.
 */
export function edgeKey(edge: Pick<Edge, 'id' | 'from' | 'to' | 'port'>): string {
  return edgeLabel(edge);
}

const keysOf = new WeakMap<readonly Edge[], string[]>();

/**
 * Keys for every edge, in order; a key used twice (an invalid draft) gets `#2`, `#3`… so
 * each is unique. Remembered per edges array: a move keeps the array, so a drag does not
 * recompute them every frame.
 */
export function edgeKeys(edges: readonly Edge[]): readonly string[] {
  let keys = keysOf.get(edges);
  if (!keys) keysOf.set(edges, (keys = computeKeys(edges)));
  return keys;
}

function computeKeys(edges: readonly Edge[]): string[] {
  const seen = new Map<string, number>();
  return edges.map((edge) => {
    const key = edgeKey(edge);
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return count === 1 ? key : `${key}#${count}`;
  });
}
