import { useId, type ReactNode } from 'react';

export interface FieldProps {
  label: ReactNode;
  hint?: ReactNode;
  /** A function child receives the id to put on its input, so the label is connected to it. */
  children: ReactNode | ((id: string) => ReactNode);
  className?: string;
}

/** A labelled form row: label, control, then a one-line hint. */
export function Field({ label, hint, children, className }: FieldProps) {
  const id = useId();
  const labelId = `${id}-label`;
  const single = typeof children === 'function';
  return (
    <div className={className ? `sf-field ${className}` : 'sf-field'}>
      {single ? (
        <label className="sf-label" htmlFor={id} id={labelId}>
          {label}
        </label>
      ) : (
        <div className="sf-label" id={labelId}>
          {label}
        </div>
      )}
      {single ? children(id) : <div role="group" aria-labelledby={labelId} className="sf-field-controls">{children}</div>}
      {hint ? <p className="sf-hint">{hint}</p> : null}
    </div>
  );
}
