import type { ConditionNode } from '@stayflow/playbook';
import { ConditionBuilder } from '../condition/ConditionBuilder.tsx';
import { Field } from '../controls/Field.tsx';
import { useEditorT } from '../hooks/useEditorT.ts';
import type { NodeFormProps } from './NodeFormProps.ts';

export function ConditionForm({ node, update }: NodeFormProps<ConditionNode>) {
  const { t } = useEditorT();
  return (
    <Field label={t('condition.if')} hint={t('condition.hint')}>
      <ConditionBuilder value={node.if} onChange={(logic) => update({ if: logic })} event testId="field-if" />
    </Field>
  );
}
