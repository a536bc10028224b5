import type { PlaybookNode } from '@stayflow/playbook';
import { useEditorT } from '../hooks/useEditorT.ts';
import { ConditionForm } from './ConditionForm.tsx';
import { CouponForm } from './CouponForm.tsx';
import type { NodeFormProps } from './NodeFormProps.ts';
import { SendMessageForm } from './SendMessageForm.tsx';
import { SplitForm } from './SplitForm.tsx';
import { SwitchForm } from './SwitchForm.tsx';
import { TagForm } from './TagForm.tsx';
import { TaskForm } from './TaskForm.tsx';
import { TriggerForm } from './TriggerForm.tsx';
import { UpdateCustomerForm } from './UpdateCustomerForm.tsx';
import { WaitEventForm } from './WaitEventForm.tsx';
import { WaitForm } from './WaitForm.tsx';
import { WebhookForm } from './WebhookForm.tsx';

/** The form for a node's type (and action kind). */
export function NodeForm(props: NodeFormProps & { renamePort(from: string, to: string, field: string): void }) {
  const { t } = useEditorT();
  const node: PlaybookNode = props.node;
  switch (node.type) {
    case 'trigger':
      return <TriggerForm {...props} node={node} />;
    case 'condition':
      return <ConditionForm {...props} node={node} />;
    case 'switch':
      return <SwitchForm {...props} node={node} />;
    case 'wait':
      return <WaitForm {...props} node={node} />;
    case 'wait_event':
      return <WaitEventForm {...props} node={node} />;
    case 'split':
      return <SplitForm {...props} node={node} />;
    case 'exit':
      return <p className="sf-note">{t('kindHint.exit')}</p>;
    case 'action':
      switch (node.action) {
        case 'send_message':
          return <SendMessageForm {...props} node={node} />;
        case 'webhook':
          return <WebhookForm {...props} node={node} />;
        case 'update_customer':
          return <UpdateCustomerForm {...props} node={node} />;
        case 'add_tag':
        case 'remove_tag':
          return <TagForm {...props} node={node} />;
        case 'issue_coupon':
          return <CouponForm {...props} node={node} />;
        case 'create_task':
          return <TaskForm {...props} node={node} />;
      }
  }
  return null;
}
