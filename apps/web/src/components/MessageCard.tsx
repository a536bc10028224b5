import type { ReactElement, ReactNode } from 'react';
import { useLocale } from '../hooks/useLocale.ts';
import { channelName } from '../lib/vocabulary.ts';
import { Icon } from './Icon.tsx';

interface MessageCardProps {
  channel: string;
  subject?: string | null;
  body: string;
  /** Beside the channel: when, and for whom or from which playbook. */
  meta: ReactNode;
  /** Under the text: the delivery status, or the step that sent it. */
  footer: ReactNode;
  /** Long bodies cut to a few lines (lists); a test run shows them whole. */
  clamp?: boolean;
}

/** One message as the pages show it: in the log of a customer or a playbook, or in a test run. */
export function MessageCard({ channel, subject, body, meta, footer, clamp = true }: MessageCardProps): ReactElement {
  const locale = useLocale();
  return (
    <article className="message-card">
      <header>
        <span className={`channel channel-${channel}`}>
          <Icon name="mail" size={12} /> {channelName(channel, locale)}
        </span>
        <span className="muted small">{meta}</span>
      </header>
      {subject ? <div className="message-subject">{subject}</div> : null}
      <div className={clamp ? 'message-body clamp' : 'message-body'}>{body}</div>
      <footer className="muted small">{footer}</footer>
    </article>
  );
}
