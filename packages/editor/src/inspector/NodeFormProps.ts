import type { PlaybookNode } from '@stayflow/playbook';

/** What every per-type form gets: its node and two ways to change it. */
export interface NodeFormProps<N extends PlaybookNode = PlaybookNode> {
  node: N;
  /**
   * Sets fields (`undefined` removes one). `field` names what is being typed into, so
   * keystrokes in one field make a single undo step.
   */
  update(patch: Record<string, unknown>, field?: string): void;
  /** Replaces the node (a trigger changing kind, a wait changing mode). */
  replace(next: PlaybookNode): void;
  readOnly: boolean;
}

/** The fields every node keeps when it changes kind. */
export function commonFields(node: PlaybookNode): Pick<PlaybookNode, 'id' | 'label' | 'position' | 'meta'> {
  const { id, label, position, meta } = node;
  return { id, ...(label !== undefined ? { label } : {}), ...(position !== undefined ? { position } : {}), ...(meta !== undefined ? { meta } : {}) };
}
