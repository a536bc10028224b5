import { useMemo } from 'react';
import { useEditorConfig } from '../hooks/useEditorConfig.ts';
import { useEditorT } from '../hooks/useEditorT.ts';
import { placeholderOptions } from './placeholderOptions.ts';

/** "Insert personal detail": picks a placeholder and hands `{{path}}` to `onInsert`. */
export function PlaceholderPicker({ onInsert, disabled, testId = 'placeholder-picker' }: { onInsert(text: string): void; disabled?: boolean; testId?: string }) {
  const { t } = useEditorT();
  const { fields } = useEditorConfig();
  const groups = useMemo(() => placeholderOptions(fields, t), [fields, t]);
  return (
    <select
      className="sf-select sf-picker"
      value=""
      disabled={disabled}
      data-testid={testId}
      aria-label={t('message.insert')}
      onChange={(event) => {
        if (event.target.value) onInsert(`{{${event.target.value}}}`);
      }}
    >
      <option value="">{`＋ ${t('message.insert')}`}</option>
      {groups.map((group) => (
        <optgroup key={group.group} label={t(`message.groups.${group.group}`)}>
          {group.items.map((item) => (
            <option key={item.path} value={item.path}>
              {item.label}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
