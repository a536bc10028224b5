import type { Clipboard } from '../changes/clipboard.ts';

/**
 * The copied steps, shared by every editor on the page (like the system clipboard), so
 * steps copied in one playbook can be pasted into another. View state, not document state.
 */
let copied: { clipboard: Clipboard; pastes: number } | null = null;

export function setCopied(clipboard: Clipboard): void {
  copied = { clipboard: structuredClone(clipboard), pastes: 0 };
}

/** The copied steps and how far to shift this paste, so repeated pastes do not stack. */
export function nextPaste(): { clipboard: Clipboard; offset: { x: number; y: number } } | null {
  if (!copied || copied.clipboard.nodes.length === 0) return null;
  copied.pastes += 1;
  return { clipboard: copied.clipboard, offset: { x: 40 * copied.pastes, y: 40 * copied.pastes } };
}
