import { useId } from 'react';

export interface SuggestInputProps {
  value: string;
  onChange(value: string): void;
  suggestions?: readonly string[];
  placeholder?: string;
  id?: string;
  testId?: string;
  disabled?: boolean;
  className?: string;
  ariaLabel?: string;
}

/** A text field that offers known values (event names, tags, attributes) and accepts new ones. */
export function SuggestInput({ value, onChange, suggestions = [], placeholder, id, testId, disabled, className, ariaLabel }: SuggestInputProps) {
  const listId = useId();
  return (
    <>
      <input
        id={id}
        className={className ? `sf-input ${className}` : 'sf-input'}
        value={value}
        placeholder={placeholder}
        list={suggestions.length ? listId : undefined}
        disabled={disabled}
        data-testid={testId}
        aria-label={ariaLabel}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => onChange(event.target.value)}
      />
      {suggestions.length > 0 && (
        <datalist id={listId}>
          {suggestions.map((item) => (
            <option key={item} value={item} />
          ))}
        </datalist>
      )}
    </>
  );
}
