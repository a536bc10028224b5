import { useEffect, type RefObject } from 'react';
import { copyNodes } from '../changes/clipboard.ts';
import type { EditorStore } from '../store/editorState.ts';
import { nextPaste, setCopied } from './editorClipboard.ts';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Ctrl/⌘+Z undo, Ctrl/⌘+Shift+Z and Ctrl+Y redo, Ctrl/⌘+C / V copy and paste steps —
 * while focus is in the editor (or nowhere), and never while typing in a field, where
 * the browser's own undo applies. Delete/Backspace is React Flow's.
 */
export function useKeyboardShortcuts(root: RefObject<HTMLElement | null>, store: EditorStore, readOnly: boolean): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTyping(event.target)) return;
      // Anywhere in the editor counts: after a click or a drag in the palette, focus stays on the palette item.
      const active = globalThis.document.activeElement;
      const editor = root.current?.closest('.sf-editor') ?? root.current;
      if (active && active !== globalThis.document.body && !editor?.contains(active)) return;
      const mod = event.metaKey || event.ctrlKey;
      if (!mod || event.altKey) return;
      const key = event.key.toLowerCase();
      const state = store.getState();
      if (key === 'c') {
        const clipboard = copyNodes(state.document, state.selection.nodes);
        // Nothing to copy keeps what was copied before, like the system clipboard.
        if (clipboard.nodes.length === 0) return;
        setCopied(clipboard);
        state.notify('notice.copied', { count: clipboard.nodes.length });
        event.preventDefault();
        return;
      }
      if (readOnly) return;
      if (key === 'z' && !event.shiftKey) {
        state.undo();
      } else if ((key === 'z' && event.shiftKey) || (key === 'y' && event.ctrlKey)) {
        state.redo();
      } else if (key === 'v') {
        const paste = nextPaste();
        if (!paste) return;
        const result = state.apply({ type: 'paste', clipboard: paste.clipboard, offset: paste.offset });
        if (result.created?.length) {
          state.select({ nodes: result.created, edges: [] });
          state.notify('notice.pasted', { count: result.created.length });
        } else if (result.skippedTrigger) {
          state.notify('notice.triggerSkipped');
        }
      } else {
        return;
      }
      event.preventDefault();
    };
    globalThis.document.addEventListener('keydown', onKeyDown);
    return () => globalThis.document.removeEventListener('keydown', onKeyDown);
  }, [root, store, readOnly]);
}
