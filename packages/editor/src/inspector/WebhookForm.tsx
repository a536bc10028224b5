import type { WebhookAction } from '@stayflow/playbook';
import { useRef } from 'react';
import { Field } from '../controls/Field.tsx';
import { KeyValueRows } from '../controls/KeyValueRows.tsx';
import { useEditorT } from '../hooks/useEditorT.ts';
import type { NodeFormProps } from './NodeFormProps.ts';
import { PlaceholderPicker } from './PlaceholderPicker.tsx';

const METHODS = ['POST', 'PUT', 'PATCH', 'GET', 'DELETE'] as const;

export function WebhookForm({ node, update, readOnly }: NodeFormProps<WebhookAction>) {
  const { t } = useEditorT();
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const body = node.body ?? '';
  const insert = (text: string) => {
    const start = bodyRef.current?.selectionStart ?? body.length;
    const end = bodyRef.current?.selectionEnd ?? body.length;
    update({ body: body.slice(0, start) + text + body.slice(end) }, 'body');
  };
  return (
    <>
      <Field label={t('webhook.url')}>
        {(id) => (
          <input id={id} className="sf-input sf-mono" type="url" value={node.url} placeholder={t('webhook.urlPlaceholder')} disabled={readOnly} data-testid="field-url" onChange={(e) => update({ url: e.target.value }, 'url')} />
        )}
      </Field>
      <Field label={t('webhook.method')}>
        {(id) => (
          <select id={id} className="sf-select" value={node.method ?? 'POST'} disabled={readOnly} data-testid="field-method" onChange={(e) => update({ method: e.target.value })}>
            {METHODS.map((method) => (
              <option key={method} value={method}>
                {method}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('webhook.headers')}>
        <KeyValueRows
          value={node.headers ?? {}}
          onChange={(headers) => update({ headers: Object.keys(headers).length ? headers : undefined }, 'headers')}
          keyLabel={t('webhook.headerName')}
          valueLabel={t('webhook.headerValue')}
          addLabel={t('webhook.addHeader')}
          removeLabel={t('common.remove')}
          testId="field-headers"
          disabled={readOnly}
        />
      </Field>
      <Field label={t('webhook.body')} hint={t('webhook.bodyHint')}>
        {(id) => (
          <>
            <textarea id={id} ref={bodyRef} className="sf-textarea sf-mono" rows={6} value={body} disabled={readOnly} data-testid="field-webhook-body" onChange={(e) => update({ body: e.target.value === '' ? undefined : e.target.value }, 'body')} />
            <div className="sf-toolbar-row">
              <PlaceholderPicker onInsert={insert} disabled={readOnly} testId="webhook-placeholder-picker" />
            </div>
          </>
        )}
      </Field>
    </>
  );
}
