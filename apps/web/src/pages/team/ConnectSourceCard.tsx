import { useState, type ReactElement } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { InlineError } from '../../components/Feedback.tsx';
import { Icon } from '../../components/Icon.tsx';
import { ingestEndpoints } from './ingestEndpoints.ts';

/** The customer-data tools that post Segment's calls (apps/server README, "Segment, RudderStack, Jitsu"). */
export const SOURCE_TOOLS = ['segment', 'rudderstack', 'jitsu'] as const;
export type SourceTool = (typeof SOURCE_TOOLS)[number];

const TOOL_NAMES: Record<SourceTool, string> = { segment: 'Segment', rudderstack: 'RudderStack', jitsu: 'Jitsu' };

/** Names of products and protocol words are data, the same in every language. */
const MARKUP = { c: <code />, tool: <span data-raw="" />, b: <strong /> };

/**
 * How to feed Stayflow from Segment, RudderStack or Jitsu with no code: the destination to add,
 * the URL (this page's own origin) with a copy button, the key's role and how it is sent, and
 * what each call becomes. `onCreateKey` opens the key dialog with the ingest role chosen.
 */
export function ConnectSourceCard({ onCreateKey }: { onCreateKey: (tool: SourceTool) => void }): ReactElement {
  const { t } = useTranslation();
  const [tool, setTool] = useState<SourceTool>('segment');
  const endpoints = ingestEndpoints(window.location.origin);
  const role = t('roles.name.ingest');

  return (
    <section className="card connect-source" data-testid="connect-source">
      <h2 className="card-title">{t('keys.connect.title')}</h2>
      <p className="muted card-hint">
        <Trans i18nKey="keys.connect.intro" t={t} values={{ role }} components={MARKUP} />
      </p>
      <div className="segmented" role="tablist" aria-label={t('keys.connect.tools')}>
        {SOURCE_TOOLS.map((value) => (
          <button key={value} type="button" role="tab" aria-selected={tool === value} className={tool === value ? 'active' : ''} onClick={() => setTool(value)} data-testid={`connect-${value}`}>
            <span data-raw="">{TOOL_NAMES[value]}</span>
          </button>
        ))}
      </div>
      <ol className="connect-steps" data-testid="connect-steps" data-tool={tool}>
        <li>
          <Trans i18nKey="keys.connect.stepKey" t={t} values={{ role }} components={MARKUP} />{' '}
          <button type="button" className="btn btn-small btn-primary" onClick={() => onCreateKey(tool)} data-testid="connect-create-key">
            <Icon name="key" /> {t('keys.connect.createKey')}
          </button>
        </li>
        <li>
          <Trans i18nKey={`keys.connect.${tool}.destination`} t={t} components={MARKUP} />
          <dl className="summary-list connect-settings">
            <div>
              <dt>{t('keys.connect.url')}</dt>
              <dd>
                <CopyText text={endpoints.batch} testId="connect-url" />
              </dd>
            </div>
            <div>
              <dt>{t('keys.connect.method')}</dt>
              <dd>
                <code>POST</code>
              </dd>
            </div>
            <div>
              <dt>{t('keys.connect.header')}</dt>
              <dd>
                <code>Authorization: Bearer {t('keys.connect.keyPlaceholder')}</code>
              </dd>
            </div>
          </dl>
          {tool === 'segment' ? (
            <p className="muted small">
              <Trans i18nKey="keys.connect.segment.library" t={t} values={{ host: endpoints.libraryHost }} components={MARKUP} />
            </p>
          ) : null}
          <p className="muted small">
            <Trans i18nKey="keys.connect.keyAs" t={t} components={MARKUP} />
          </p>
        </li>
        <li>
          <Trans i18nKey="keys.connect.check" t={t} components={MARKUP} />
        </li>
      </ol>
      <h3 className="connect-subtitle">{t('keys.connect.mappingTitle')}</h3>
      <dl className="summary-list connect-mapping" data-testid="connect-mapping">
        {(
          [
            ['identify', 'identify'],
            ['order', 'track "Order Completed"'],
            ['track', 'track'],
            ['page', 'page / screen'],
            ['group', 'group'],
            ['skipped', 'alias'],
          ] as const
        ).map(([key, call]) => (
          <div key={key}>
            <dt>
              <code>{call}</code>
            </dt>
            <dd>
              <Trans i18nKey={`keys.connect.mapping.${key}`} t={t} components={MARKUP} />
            </dd>
          </div>
        ))}
      </dl>
      <p className="small connect-docs">
        <a href="/api/docs" target="_blank" rel="noreferrer" data-testid="connect-docs">
          {t('keys.connect.docs')}
        </a>
      </p>
    </section>
  );
}

/** A value to paste elsewhere, selectable, with a copy button. */
function CopyText({ text, testId }: { text: string; testId: string }): ReactElement {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      setError(null);
    } catch {
      // No clipboard (an insecure origin, or refused): the text is selectable.
      setError(new Error(t('keys.connect.copyFailed')));
    }
  };
  return (
    <>
      <div className="key-reveal">
        <code className="mono" data-testid={testId}>
          {text}
        </code>
        <button type="button" className="btn btn-small" onClick={() => void copy()} data-testid={`${testId}-copy`}>
          <Icon name={copied ? 'check' : 'copy'} /> {copied ? t('keys.copied') : t('keys.copy')}
        </button>
      </div>
      <InlineError error={error} />
    </>
  );
}
