import type { Dispatcher } from 'undici';
import type { OutboxRecord } from '@stayflow/store';
import { permanent, type ChannelAdapter, type DeliveryCustomer, type DeliveryResult } from './ChannelAdapter.ts';
import { DEFAULT_TIMEOUT_MS, deliverHttp } from './httpDelivery.ts';

export interface HttpProviderOptions {
  channel: 'sms' | 'push';
  /** The operator's provider endpoint (`STAYFLOW_SMS_URL`, `STAYFLOW_PUSH_URL`): trusted, so not address-checked. */
  url: URL;
  /** Sent as `Authorization: Bearer …` when set. */
  token?: string | undefined;
  timeoutMs?: number;
  dispatcher?: Dispatcher;
}

/**
 * `send_message` on the `sms` or `push` channel, handed to an HTTP provider (or a
 * small relay in front of Twilio, FCM, …) as
 * `POST { to, body, subject?, key, customer_id }` with an `Idempotency-Key` header.
 * `to` is the customer's `phone` for SMS, their `push_token` (else their id) for push.
 */
export function httpProviderAdapter(options: HttpProviderOptions): ChannelAdapter {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return {
    async deliver(row: OutboxRecord, customer: DeliveryCustomer | undefined): Promise<DeliveryResult> {
      const to = recipient(options.channel, row.customerId, customer);
      if (to === undefined) return permanent('customer has no phone number');
      if (typeof row.payload.body !== 'string') return permanent('the message has no body');
      const subject = typeof row.payload.subject === 'string' && row.payload.subject !== '' ? row.payload.subject : undefined;
      const body = JSON.stringify({ to, body: row.payload.body, ...(subject !== undefined ? { subject } : {}), key: row.key, customer_id: row.customerId });
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        'user-agent': 'Stayflow/1',
        'idempotency-key': row.key,
      };
      if (options.token) headers.authorization = `Bearer ${options.token}`;
      return deliverHttp({
        url: options.url,
        method: 'POST',
        headers,
        body,
        deadline: AbortSignal.timeout(timeoutMs),
        timeoutMs,
        ...(options.dispatcher ? { dispatcher: options.dispatcher } : {}),
      });
    },
  };
}

function recipient(channel: 'sms' | 'push', customerId: string, customer: DeliveryCustomer | undefined): string | undefined {
  const attributes = customer?.attributes ?? {};
  if (channel === 'sms') {
    const phone = attributes.phone;
    if (typeof phone === 'number') return String(phone);
    return typeof phone === 'string' && phone.trim() !== '' ? phone.trim() : undefined;
  }
  const token = attributes.push_token;
  return typeof token === 'string' && token !== '' ? token : customerId;
}
