import { CHANNELS, translatedText, type Channel, type MessageTemplate, type SendMessageAction } from '@stayflow/playbook';
import { useRef } from 'react';
import { Field } from '../controls/Field.tsx';
import { useEditorT } from '../hooks/useEditorT.ts';
import type { EditorLocale } from '../i18n/editorResources.ts';
import { MessagePreview } from './MessagePreview.tsx';
import type { NodeFormProps } from './NodeFormProps.ts';
import { MessageTextEditor, type MessageTextEditorHandle } from './MessageTextEditor.tsx';
import { PlaceholderPicker } from './PlaceholderPicker.tsx';

type TextTarget = 'subject' | 'body';

function translatedTemplate(node: SendMessageAction, locale: EditorLocale): MessageTemplate | undefined {
  const body = translatedText(node.meta, locale, 'template.body');
  if (body === undefined) return undefined;
  const subject = translatedText(node.meta, locale, 'template.subject');
  return subject === undefined ? { body } : { subject, body };
}

/** Channel, subject (email and inbox), body with personal details, and a live preview. */
export function SendMessageForm({ node, update, readOnly }: NodeFormProps<SendMessageAction>) {
  const { t, locale } = useEditorT();
  const subjectRef = useRef<MessageTextEditorHandle>(null);
  const bodyRef = useRef<MessageTextEditorHandle>(null);
  const lastFocused = useRef<TextTarget>('body');
  const template = node.template ?? { body: '' };
  const showSubject = node.channel === 'email' || node.channel === 'inbox' || (template.subject ?? '') !== '';
  const translation = locale !== 'en' ? translatedTemplate(node, locale) : undefined;
  const offerTranslation = translation && (translation.body !== template.body || translation.subject !== template.subject);

  const setTemplate = (patch: Partial<MessageTemplate>, field: TextTarget) => {
    const next: MessageTemplate = { ...template, ...patch };
    update({ template: next }, `template.${field}`);
  };

  const insert = (text: string) => {
    const target = lastFocused.current === 'subject' && showSubject ? subjectRef : bodyRef;
    target.current?.insert(text);
  };

  return (
    <>
      <Field label={t('message.channel')}>
        {(id) => (
          <select id={id} className="sf-select" value={node.channel} disabled={readOnly} data-testid="field-channel" onChange={(e) => update({ channel: e.target.value as Channel })}>
            {CHANNELS.map((channel) => (
              <option key={channel} value={channel}>
                {t(`channel.${channel}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {offerTranslation && (
        <div className="sf-note sf-inline">
          <span>{t('message.translation')}</span>
          <button type="button" className="sf-button" disabled={readOnly} data-testid="use-translation" onClick={() => update({ template: { ...translation } })}>
            {t('message.useTranslation')}
          </button>
        </div>
      )}
      {showSubject && (
        <Field label={t('message.subject')}>
          {(id) => (
            <MessageTextEditor
              id={id}
              ref={subjectRef}
              value={template.subject ?? ''}
              placeholder={t('message.subjectPlaceholder')}
              disabled={readOnly}
              multiline={false}
              testId="field-subject"
              label={t('message.subject')}
              onFocus={() => (lastFocused.current = 'subject')}
              onChange={(subject) => setTemplate({ subject }, 'subject')}
            />
          )}
        </Field>
      )}
      <Field label={t('message.body')}>
        {(id) => (
          <>
            <MessageTextEditor
              id={id}
              ref={bodyRef}
              value={template.body}
              placeholder={t('message.bodyPlaceholder')}
              disabled={readOnly}
              testId="field-body"
              label={t('message.body')}
              onFocus={() => (lastFocused.current = 'body')}
              onChange={(body) => setTemplate({ body }, 'body')}
            />
            <div className="sf-toolbar-row">
              <PlaceholderPicker onInsert={insert} disabled={readOnly} />
            </div>
          </>
        )}
      </Field>
      <Field label={t('message.preview')}>
        <MessagePreview subject={showSubject ? template.subject : undefined} body={template.body} html={node.channel === 'email'} />
      </Field>
    </>
  );
}
