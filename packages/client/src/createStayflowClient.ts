import createClient, { type Client } from 'openapi-fetch';
import type { paths } from './schema.ts';

export interface StayflowClientOptions {
  /** Where the server is, such as `http://127.0.0.1:3000` (no `/api`: the paths carry it). */
  baseUrl: string;
  /** An API key (`pnpm stayflow keys create`), sent as `Authorization: Bearer …`; a server on loopback needs none. */
  apiKey?: string;
  /** Another fetch (tests, proxies); the global one by default. */
  fetch?: typeof fetch;
}

/** The typed client: `client.GET('/api/customers/{id}', { params: { path: { id } } })` answers `{ data, error, response }`. */
export type StayflowClient = Client<paths>;

/** A client for one Stayflow server, typed by the server's OpenAPI document (src/schema.ts). */
export function createStayflowClient(options: StayflowClientOptions): StayflowClient {
  let url: URL;
  try {
    url = new URL(options.baseUrl);
  } catch {
    throw new Error(`baseUrl must be an absolute http(s) URL such as http://127.0.0.1:3000, not ${JSON.stringify(options.baseUrl)}.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`baseUrl must use http or https, not ${url.protocol.slice(0, -1)}.`);
  if (options.apiKey !== undefined && !/^\S+$/.test(options.apiKey)) throw new Error('apiKey must be the key as printed, without spaces.');
  return createClient<paths>({
    baseUrl: url.href.replace(/\/+$/, ''),
    ...(options.apiKey !== undefined ? { headers: { authorization: `Bearer ${options.apiKey}` } } : {}),
    ...(options.fetch !== undefined ? { fetch: options.fetch } : {}),
  });
}
