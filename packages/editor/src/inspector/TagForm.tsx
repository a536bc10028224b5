import type { AddTagAction, RemoveTagAction } from '@stayflow/playbook';
import { Field } from '../controls/Field.tsx';
import { SuggestInput } from '../controls/SuggestInput.tsx';
import { useEditorConfig } from '../hooks/useEditorConfig.ts';
import { useEditorT } from '../hooks/useEditorT.ts';
import type { NodeFormProps } from './NodeFormProps.ts';

export function TagForm({ node, update, readOnly }: NodeFormProps<AddTagAction | RemoveTagAction>) {
  const { t } = useEditorT();
  const { fields } = useEditorConfig();
  return (
    <Field label={t('tag.tag')}>
      {(id) => <SuggestInput id={id} value={node.tag ?? ''} onChange={(tag) => update({ tag }, 'tag')} suggestions={fields.tags} placeholder={t('tag.placeholder')} testId="field-tag" disabled={readOnly} />}
    </Field>
  );
}
