/**
 * The records of the demo data set. Without `kind`, a customer is exactly the body
 * of `PUT /api/customers/:id` plus its `id`, and an event is exactly one event of
 * `POST /api/events` (spec/api-v1.md).
 */

import type { Person } from './people.ts';

export const INDUSTRIES = ['ecommerce', 'saas', 'education'] as const;
export type Industry = (typeof INDUSTRIES)[number];

/** The story a customer was generated to tell; kept as the `demo_behaviour` attribute. */
export const BEHAVIOURS = ['loyal', 'regular', 'fading', 'churned', 'one_time', 'new'] as const;
export type Behaviour = (typeof BEHAVIOURS)[number];

export type Locale = 'zh-CN' | 'en';
export type Currency = 'CNY' | 'USD';
export type TimeZone = 'Asia/Shanghai' | 'Europe/London' | 'America/New_York';
export type SubscriptionStatus = 'trial' | 'active' | 'paused' | 'cancelled';

/** A customer's attributes: who they are (`Person`, without the WeChat flag, which shows as a tag), then their story. */
export interface DemoAttributes extends Omit<Person, 'usesWechat'> {
  industry: Industry;
  plan: string;
  /** `YYYY-MM-DD`, in the customer's time zone. */
  signup_date: string;
  /** SaaS with a live subscription only: `YYYY-MM-DD`, the next payment. */
  renewal_date?: string;
  billing?: 'monthly' | 'annual';
  subscription_status?: SubscriptionStatus;
  /** SaaS: ISO instant of the `activated` event. */
  activated_at?: string;
  /** SaaS: ISO instant of the last `subscription_renewed`. */
  renewed_at?: string;
  demo_behaviour: Behaviour;
}

export interface DemoCustomer {
  kind: 'customer';
  /** `cus-00001`, `cus-00002`, … */
  id: string;
  attributes: DemoAttributes;
  tags: string[];
}

export type EventProperties = Record<string, string | number>;

export interface DemoEvent {
  kind: 'event';
  /** `evt-<customer number>-<n>`, numbered in time order: re-importing the same file adds nothing. */
  id: string;
  customer_id: string;
  type: string;
  /** ISO 8601 instant in UTC, never after `now`. */
  at: string;
  properties: EventProperties;
}

export type DemoRecord = DemoCustomer | DemoEvent;

export interface DemoDataOptions {
  customers: number;
  /** 0 – 4294967295; default 42. */
  seed?: number;
  /** The instant the data treats as "today": `YYYY-MM-DD` (UTC midnight) or a date-time with `Z` or an offset. */
  now: string;
  /** The number of the first customer (default 1): `{ first: 1001, customers: 500 }` is customers 1,001–1,500 of the larger set. */
  first?: number;
}
