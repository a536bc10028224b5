import type { FieldSelectorProps } from 'react-querybuilder';
import { useEditorT } from '../hooks/useEditorT.ts';
import { metricHint } from '../vocabulary.ts';

const METRIC_PREFIX = 'customer.metrics.';

interface FieldOption {
  name: string;
  label: string;
}
/** What ConditionBuilder passes as the fields: groups of options (or, flat, options). */
type FieldOptions = readonly (FieldOption | { label: string; options: readonly FieldOption[] })[];

/** The one-line explanation of a field an operator may not know (the predicted metrics), in the editor's language; else undefined. */
export function fieldHint(field: string, locale: 'en' | 'zh-CN'): string | undefined {
  return field.startsWith(METRIC_PREFIX) ? metricHint(field.slice(METRIC_PREFIX.length), locale) : undefined;
}

/**
 * The rule's field picker: react-querybuilder's select, with each field's explanation as its
 * option's tooltip and, for the chosen field, written under the rule (what "Probability still
 * active" means is not obvious from its name).
 */
export function ConditionFieldSelector({ options, value, handleOnChange, className, title, disabled, path }: FieldSelectorProps) {
  const { locale } = useEditorT();
  const hint = value === undefined ? undefined : fieldHint(value, locale);
  const testId = `condition-field-${path.join('-')}`;
  return (
    <>
      <select className={className} title={hint ?? title} value={value} disabled={disabled} data-testid={testId} onChange={(event) => handleOnChange(event.target.value)}>
        {(options as FieldOptions).map((group) =>
          'options' in group ? (
            <optgroup key={group.label} label={group.label}>
              {group.options.map((option) => (
                <option key={option.name} value={option.name} title={fieldHint(option.name, locale)}>
                  {option.label}
                </option>
              ))}
            </optgroup>
          ) : (
            <option key={group.name} value={group.name} title={fieldHint(group.name, locale)}>
              {group.label}
            </option>
          ),
        )}
      </select>
      {hint !== undefined && (
        <span className="sf-field-hint" data-testid={`${testId}-hint`}>
          {hint}
        </span>
      )}
    </>
  );
}
