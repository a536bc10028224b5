import type { OutboxRecord } from '@stayflow/store';

/** The outcome of one delivery attempt, as the dispatcher records it. */
export interface DeliveryResult {
  ok: boolean;
  /** Short and human, shown in the delivery log: 'HTTP 200', 'SMTP 250 2.0.0 OK', 'refused: 10.0.0.5 is a private address'. */
  detail: string;
  /** False for failures that another attempt cannot fix: most 4xx, an SSRF refusal, a bad address. */
  retry: boolean;
}

/** The customer as an adapter sees it: who to address, nothing more. */
export interface DeliveryCustomer {
  id: string;
  attributes: Record<string, unknown>;
}

/** Delivers one outbox row outside Stayflow. Expected failures are results; a throw counts as a retryable failure. */
export interface ChannelAdapter {
  deliver(row: OutboxRecord, customer: DeliveryCustomer | undefined): Promise<DeliveryResult>;
}

export const delivered = (detail: string): DeliveryResult => ({ ok: true, detail, retry: false });
export const retryable = (detail: string): DeliveryResult => ({ ok: false, detail, retry: true });
export const permanent = (detail: string): DeliveryResult => ({ ok: false, detail, retry: false });
