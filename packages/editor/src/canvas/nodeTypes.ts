import type { NodeTypes } from '@xyflow/react';
import { NodeCard } from './NodeCard.tsx';

/**
 * One component per node type. Every type draws the same card; the kind (and for actions
 * the action) picks its colour, icon and exits, so the look stays consistent.
 */
export const nodeTypes: NodeTypes = {
  trigger: NodeCard,
  condition: NodeCard,
  switch: NodeCard,
  wait: NodeCard,
  wait_event: NodeCard,
  split: NodeCard,
  action: NodeCard,
  exit: NodeCard,
};
