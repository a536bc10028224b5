import { createHash } from 'node:crypto';
import type { OutboxRecord } from '@stayflow/store';
import { delivered, permanent, retryable, type ChannelAdapter, type DeliveryCustomer, type DeliveryResult } from './ChannelAdapter.ts';
import { looksLikeHtml, mailBodies } from '@stayflow/engine';

/** The part of a nodemailer transporter the adapter uses (an SMTP one in production). */
export interface MailTransport {
  sendMail(mail: {
    from: string;
    to: string;
    subject: string;
    html: string;
    text: string;
    messageId: string;
    headers: Record<string, string>;
  }): Promise<{ response?: string }>;
}

export interface EmailAdapterOptions {
  transport: MailTransport;
  /** `STAYFLOW_EMAIL_FROM`, e.g. 'Acme <hello@acme.example>'. */
  from: string;
}

const EMAIL = /^[^\s@<>()[\],;:"\\]+@[^\s@<>()[\],;:"\\.]+(\.[^\s@<>()[\],;:"\\.]+)+$/;

/**
 * `send_message` on the `email` channel, to the customer's `email` attribute. The
 * Message-ID and `Idempotency-Key` header come from the outbox key, so a second
 * attempt after a crash carries the same ids and a receiving system can drop it.
 */
export function emailAdapter(options: EmailAdapterOptions): ChannelAdapter {
  const domain = /@([^\s>]+)>?\s*$/.exec(options.from)?.[1] ?? 'stayflow.invalid';
  return {
    async deliver(row: OutboxRecord, customer: DeliveryCustomer | undefined): Promise<DeliveryResult> {
      const address = customer?.attributes.email;
      if (typeof address !== 'string' || address.trim() === '') return permanent('customer has no email address');
      const to = address.trim();
      if (to.length > 254 || !EMAIL.test(to)) return permanent(`customer email address "${to.slice(0, 80)}" is not valid`);
      if (typeof row.payload.body !== 'string') return permanent('the message has no body');
      const subject = typeof row.payload.subject === 'string' ? row.payload.subject : '';
      // Rows queued before the effect said whether its template was HTML fall back to looking at the body.
      const isHtml = typeof row.payload.html === 'boolean' ? row.payload.html : looksLikeHtml(row.payload.body);
      const { html, text } = mailBodies(row.payload.body, isHtml);
      try {
        const info = await options.transport.sendMail({
          from: options.from,
          to,
          subject,
          html,
          text,
          messageId: messageIdFor(row.key, domain),
          headers: { 'Idempotency-Key': row.key },
        });
        return delivered(`SMTP ${info.response ?? 'accepted'}`.slice(0, 200));
      } catch (error) {
        return classifySmtpError(error);
      }
    },
  };
}

/** A stable Message-ID for an outbox key: the same key always yields the same id. */
export function messageIdFor(key: string, domain: string): string {
  return `<${createHash('sha256').update(key).digest('hex').slice(0, 32)}.stayflow@${domain}>`;
}

/**
 * 5xx replies are permanent (a mailbox that does not exist stays so), 4xx and lost
 * connections are worth another attempt. A refused login (EAUTH) is retried too: it
 * is the operator's settings, not the customer, that need fixing, and a fix within the
 * retry window should still deliver.
 */
function classifySmtpError(error: unknown): DeliveryResult {
  const { responseCode, response, code, message } = error as { responseCode?: unknown; response?: unknown; code?: unknown; message?: unknown };
  const text = typeof response === 'string' ? response : typeof message === 'string' ? message : String(error);
  if (typeof responseCode === 'number') {
    const detail = `SMTP ${text.startsWith(String(responseCode)) ? text : `${responseCode} ${text}`}`.slice(0, 200);
    return responseCode >= 500 && code !== 'EAUTH' ? permanent(detail) : retryable(detail);
  }
  return retryable(`SMTP error: ${typeof code === 'string' ? `${code} ` : ''}${text}`.slice(0, 200));
}
