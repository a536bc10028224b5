import { CHANNELS, translatedText, type Channel, type MessageTemplate, type SendMessageAction } from '@stayflow/playbook';
import { useRef } from 'react';
import { Field } from '../controls/Field.tsx';
import { useEditorT } from '../hooks/useEditorT.ts';
import type { EditorLocale } from '../i18n/editorResources.ts';
import { MessagePreview } from './MessagePreview.tsx';
import type { NodeFormProps } from './NodeFormProps.ts';
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
  const subjectRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
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
    const target = lastFocused.current === 'subject' && showSubject ? 'subject' : 'body';
    const element = target === 'subject' ? subjectRef.current : bodyRef.current;
    const current = (target === 'subject' ? template.subject : template.body) ?? '';
    const start = element?.selectionStart ?? current.length;
    const end = element?.selectionEnd ?? current.length;
    setTemplate({ [target]: current.slice(0, start) + text + current.slice(end) }, target);
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(start + text.length, start + text.length);
    });
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
            <input
              id={id}
              ref={subjectRef}
              className="sf-input"
              value={template.subject ?? ''}
              placeholder={t('message.subjectPlaceholder')}
              disabled={readOnly}
              data-testid="field-subject"
              onFocus={() => (lastFocused.current = 'subject')}
              onChange={(e) => setTemplate({ subject: e.target.value }, 'subject')}
            />
          )}
        </Field>
      )}
      <Field label={t('message.body')}>
        {(id) => (
          <>
            <textarea
              id={id}
              ref={bodyRef}
              className="sf-textarea"
              rows={node.channel === 'email' ? 9 : 5}
              value={template.body}
              placeholder={t('message.bodyPlaceholder')}
              disabled={readOnly}
              data-testid="field-body"
              onFocus={() => (lastFocused.current = 'body')}
              onChange={(e) => setTemplate({ body: e.target.value }, 'body')}
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
