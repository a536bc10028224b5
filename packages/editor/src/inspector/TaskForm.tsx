import type { CreateTaskAction } from '@stayflow/playbook';
import { DurationPicker } from '../controls/DurationPicker.tsx';
import { Field } from '../controls/Field.tsx';
import { useEditorT } from '../hooks/useEditorT.ts';
import type { NodeFormProps } from './NodeFormProps.ts';

export function TaskForm({ node, update, readOnly }: NodeFormProps<CreateTaskAction>) {
  const { t } = useEditorT();
  return (
    <>
      <Field label={t('task.title')}>
        {(id) => <textarea id={id} className="sf-textarea" rows={3} value={node.title ?? ''} placeholder={t('task.titlePlaceholder')} disabled={readOnly} data-testid="field-task-title" onChange={(e) => update({ title: e.target.value }, 'title')} />}
      </Field>
      <Field label={<>{t('task.assignee')} <span className="sf-optional">({t('common.optional')})</span></>}>
        {(id) => (
          <input id={id} className="sf-input" value={node.assignee ?? ''} placeholder={t('task.assigneePlaceholder')} disabled={readOnly} data-testid="field-assignee" onChange={(e) => update({ assignee: e.target.value === '' ? undefined : e.target.value }, 'assignee')} />
        )}
      </Field>
      <Field label={t('task.dueIn')}>
        <DurationPicker value={node.due_in ?? 'P2D'} onChange={(due_in) => update({ due_in }, 'due_in')} testId="field-due-in" disabled={readOnly} units={['hours', 'days', 'weeks']} />
      </Field>
    </>
  );
}
