import { useState } from 'react';

const PORT = /^[A-Za-z0-9_-]{1,64}$/;

export interface PortNameInputProps {
  value: string;
  onRename(to: string): void;
  /** Names other exits of the node already use. */
  taken?: readonly string[];
  disabled?: boolean;
  testId?: string;
  ariaLabel: string;
}

/**
 * A branch name. It is also the exit's id, so it is renamed (with its connection) only
 * when the text is a valid, complete name; invalid text stays in the field, outlined.
 */
export function PortNameInput({ value, onRename, taken = [], disabled, testId, ariaLabel }: PortNameInputProps) {
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setDraft(value);
  }
  const usable = (text: string) => PORT.test(text) && text !== 'default' && !taken.includes(text);
  const valid = draft === value || usable(draft);
  return (
    <input
      className={valid ? 'sf-input sf-mono' : 'sf-input sf-mono sf-invalid'}
      value={draft}
      disabled={disabled}
      aria-label={ariaLabel}
      aria-invalid={!valid}
      data-testid={testId}
      spellCheck={false}
      onChange={(event) => {
        const text = event.target.value.replace(/\s+/g, '_');
        setDraft(text);
        if (usable(text) && text !== value) {
          setShown(text);
          onRename(text);
        }
      }}
    />
  );
}
