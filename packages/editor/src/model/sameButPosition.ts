import type { PlaybookNode } from '@stayflow/playbook';

/** The same node but for its position: every other field is the same value (a move copies the node and keeps the rest). */
export function sameButPosition(a: PlaybookNode | undefined, b: PlaybookNode | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const keysA = Object.keys(a).filter((key) => key !== 'position');
  const keysB = Object.keys(b).filter((key) => key !== 'position');
  return keysA.length === keysB.length && keysA.every((key) => Object.is((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
