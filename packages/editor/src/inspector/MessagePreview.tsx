import { parseTemplate } from '@stayflow/playbook';
import type { ReactNode } from 'react';
import { useEditorConfig } from '../hooks/useEditorConfig.ts';
import { useEditorT } from '../hooks/useEditorT.ts';
import type { Translate } from '../i18n/translate.ts';
import { placeholderLabel } from '../model/placeholderLabel.ts';

function withChips(text: string, t: Translate): ReactNode[] {
  return parseTemplate(text).parts.map((part, i) =>
    part.kind === 'text' ? (
      <span key={i}>{part.text}</span>
    ) : (
      <span key={i} className="sf-placeholder-chip" title={`{{${part.raw}}}`}>
        {placeholderLabel(part.path, t)}
      </span>
    ),
  );
}

/**
 * How the message will read. With the app's `renderPreview` (sample customer data) the
 * rendered text, HTML in a sandboxed frame for email; without it the text with its
 * placeholders marked.
 */
export function MessagePreview({ subject, body, html }: { subject?: string | undefined; body: string; html: boolean }) {
  const { t } = useEditorT();
  const { renderPreview } = useEditorConfig();
  if (body.trim() === '' && !subject) return <p className="sf-empty-hint">{t('message.previewEmpty')}</p>;
  if (renderPreview) {
    const renderedSubject = subject ? renderPreview(subject, { html: false }) : undefined;
    const renderedBody = renderPreview(body, { html });
    return (
      <div className="sf-preview" data-testid="message-preview">
        {renderedSubject && <div className="sf-preview-subject">{renderedSubject}</div>}
        {html ? (
          <iframe className="sf-preview-frame" sandbox="" title={t('message.preview')} srcDoc={renderedBody} />
        ) : (
          <div className="sf-preview-body">{renderedBody}</div>
        )}
      </div>
    );
  }
  return (
    <div className="sf-preview" data-testid="message-preview">
      {subject && <div className="sf-preview-subject">{withChips(subject, t)}</div>}
      <div className="sf-preview-body">{withChips(body, t)}</div>
    </div>
  );
}
