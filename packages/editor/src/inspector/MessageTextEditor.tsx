import { parseTemplate } from '@stayflow/playbook';
import { forwardRef, useCallback, useImperativeHandle, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { useEditorT } from '../hooks/useEditorT.ts';
import { placeholderLabel } from '../model/placeholderLabel.ts';
import type { Translate } from '../i18n/translate.ts';

export interface MessageTextEditorHandle {
  /** Puts `{{path}}` (as a chip) where the caret is, or at the end. */
  insert(text: string): void;
}

export interface MessageTextEditorProps {
  id?: string;
  value: string;
  onChange(value: string): void;
  onFocus?(): void;
  placeholder?: string;
  disabled?: boolean;
  multiline?: boolean;
  testId: string;
  label: string;
}

const CHIP = 'sf-placeholder-chip';

/** A chip for the placeholder `{{raw}}` (`raw` as parseTemplate gives it: what is between the braces). */
function chip(raw: string, path: string, t: Translate): HTMLSpanElement {
  const element = globalThis.document.createElement('span');
  element.className = CHIP;
  element.contentEditable = 'false';
  element.dataset.raw = `{{${raw}}}`;
  element.title = `{{${raw}}}`;
  element.textContent = placeholderLabel(path, t);
  return element;
}

/** The text with every personal field as a chip: what the operator reads and edits. */
function render(root: HTMLElement, value: string, t: Translate): void {
  const fragment = globalThis.document.createDocumentFragment();
  for (const part of parseTemplate(value).parts) fragment.append(part.kind === 'text' ? globalThis.document.createTextNode(part.text) : chip(part.raw, part.path, t));
  root.replaceChildren(fragment);
}

/** The document's text back from what is on screen: chips become their `{{…}}` again. */
function serialise(root: Node): string {
  let out = '';
  root.childNodes.forEach((child, index) => {
    if (child.nodeType === Node.TEXT_NODE) out += child.textContent ?? '';
    else if (child instanceof HTMLElement && child.dataset.raw !== undefined) out += child.dataset.raw;
    else if (child instanceof HTMLBRElement) out += '\n';
    else if (child instanceof HTMLElement) out += (index > 0 && /^(DIV|P)$/.test(child.tagName) ? '\n' : '') + serialise(child);
  });
  return out;
}

/**
 * A message field that shows personal fields as labelled chips ([Name], [Coupon code])
 * while the document keeps `{{customer.name}}`. Typed `{{…}}` text becomes a chip when the
 * field loses focus; a chip is deleted as one character.
 */
export const MessageTextEditor = forwardRef<MessageTextEditorHandle, MessageTextEditorProps>(function MessageTextEditor(
  { id, value, onChange, onFocus, placeholder, disabled, multiline = true, testId, label },
  handle,
) {
  const { t } = useEditorT();
  const root = useRef<HTMLDivElement>(null);
  const shown = useRef<string | null>(null);
  const labels = useRef(t);

  // Rebuilt only when the value changes from outside (undo, another step, a translation), so the caret stays put while typing.
  useLayoutEffect(() => {
    if (!root.current || (shown.current === value && labels.current === t)) return;
    render(root.current, value, t);
    shown.current = value;
    labels.current = t;
  }, [value, t]);

  const emit = useCallback(() => {
    if (!root.current) return;
    const next = serialise(root.current);
    shown.current = next;
    if (next !== value) onChange(next);
  }, [onChange, value]);

  useImperativeHandle(
    handle,
    () => ({
      insert(text: string) {
        const element = root.current;
        if (!element) return;
        const part = parseTemplate(text).parts[0];
        const node = part && part.kind !== 'text' ? chip(part.raw, part.path, t) : globalThis.document.createTextNode(text);
        const selection = globalThis.getSelection();
        const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
        if (range && element.contains(range.commonAncestorContainer)) {
          range.deleteContents();
          range.insertNode(node);
        } else {
          element.append(node);
        }
        const after = globalThis.document.createRange();
        after.setStartAfter(node);
        after.collapse(true);
        element.focus();
        selection?.removeAllRanges();
        selection?.addRange(after);
        emit();
      },
    }),
    [emit, t],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    // One line for subjects; a plain line break in bodies (never a <div>, so the text is what was typed).
    if (multiline) globalThis.document.execCommand('insertText', false, '\n');
  };

  return (
    <div
      id={id}
      ref={root}
      className={multiline ? 'sf-textarea sf-message-text' : 'sf-input sf-message-text sf-single-line'}
      role="textbox"
      aria-multiline={multiline}
      aria-label={label}
      aria-disabled={disabled}
      aria-placeholder={placeholder}
      data-placeholder={placeholder}
      contentEditable={disabled ? false : 'plaintext-only'}
      suppressContentEditableWarning
      data-testid={testId}
      onInput={emit}
      onFocus={onFocus}
      onKeyDown={onKeyDown}
      onBlur={() => {
        // Placeholders typed or pasted as text turn into chips once the operator leaves the field.
        if (!root.current) return;
        const text = serialise(root.current);
        render(root.current, text, t);
        shown.current = text;
      }}
    />
  );
});
