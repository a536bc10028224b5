import { createHmac } from 'node:crypto';
import { lookup } from 'node:dns/promises';
import { isIP, type LookupFunction } from 'node:net';
import { Agent } from 'undici';
import { readWebhookUrl } from '@stayflow/playbook';
import type { OutboxRecord } from '@stayflow/store';
import { addressPolicy, type AddressPolicy } from './addressPolicy.ts';
import { permanent, retryable, type ChannelAdapter, type DeliveryResult } from './ChannelAdapter.ts';
import { beforeDeadline, DEFAULT_TIMEOUT_MS, deliverHttp, formatSeconds } from './httpDelivery.ts';

export interface ResolvedAddress {
  address: string;
  family: number;
}

export interface WebhookAdapterOptions {
  /** Signs every request (`X-Stayflow-Signature`); receivers verify with the same secret. */
  secret: string;
  /** Which addresses may be called; by default only public ones. */
  policy?: AddressPolicy;
  timeoutMs?: number;
  /** Wall clock (epoch ms) for `X-Stayflow-Timestamp`. */
  now?: () => number;
  /** Name resolution; the system resolver by default. */
  resolve?: (hostname: string) => Promise<ResolvedAddress[]>;
}

/** Headers Stayflow sets: a playbook's own headers never replace them. */
const OWN_HEADERS = new Set(['idempotency-key', 'x-stayflow-timestamp', 'x-stayflow-signature', 'user-agent']);
/** Headers that describe the connection or the framing, which undici manages. */
const TRANSPORT_HEADERS = new Set(['host', 'content-length', 'transfer-encoding', 'connection', 'keep-alive', 'upgrade', 'expect', 'te', 'trailer', 'proxy-authorization', 'proxy-connection']);

const systemResolve = async (hostname: string): Promise<ResolvedAddress[]> => lookup(hostname, { all: true, verbatim: true });

/**
 * `X-Stayflow-Signature` without its `sha256=` prefix: the hex HMAC-SHA256 of
 * `${timestamp}.${body}`. Signing the timestamp lets a receiver refuse replays.
 */
function signWebhook(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

/**
 * The `webhook` action: a signed HTTP call to the URL the playbook names, refused
 * when that URL leads to a non-public address (see addressPolicy.ts), made to the
 * very address that was checked so a second DNS answer cannot redirect it.
 */
export function webhookAdapter(options: WebhookAdapterOptions): ChannelAdapter {
  const policy = options.policy ?? addressPolicy();
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const now = options.now ?? Date.now;
  const resolve = options.resolve ?? systemResolve;

  return {
    async deliver(row: OutboxRecord): Promise<DeliveryResult> {
      const request = readPayload(row.payload);
      if (typeof request === 'string') return permanent(request);
      const { url, method } = request;
      const deadline = AbortSignal.timeout(timeoutMs);

      const target = await vetTarget(url, policy, resolve, deadline).catch((error: unknown) => {
        if (deadline.aborted) return retryable(`timed out after ${formatSeconds(timeoutMs)} resolving ${url.hostname}`);
        const code = (error as { code?: unknown }).code;
        return retryable(`DNS: cannot resolve ${url.hostname}${typeof code === 'string' ? ` (${code})` : ''}`);
      });
      if ('ok' in target) return target;

      const body = method === 'GET' || method === 'HEAD' ? '' : request.body;
      const timestamp = Math.floor(now() / 1000);
      const headers: Record<string, string> = {};
      if (body !== '') headers['content-type'] = isJson(body) ? 'application/json' : 'text/plain; charset=utf-8';
      for (const [name, value] of Object.entries(request.headers)) {
        const lower = name.toLowerCase();
        if (OWN_HEADERS.has(lower) || TRANSPORT_HEADERS.has(lower)) continue;
        headers[lower] = value;
      }
      headers['user-agent'] = 'Stayflow-Webhook/1';
      headers['idempotency-key'] = row.key;
      headers['x-stayflow-timestamp'] = String(timestamp);
      headers['x-stayflow-signature'] = `sha256=${signWebhook(options.secret, timestamp, body)}`;

      const dispatcher = target.pinned ? new Agent({ connect: { lookup: pinnedLookup(target.pinned) } }) : undefined;
      try {
        return await deliverHttp({ url, method, headers, body: body === '' ? undefined : body, deadline, timeoutMs, ...(dispatcher ? { dispatcher } : {}) });
      } finally {
        await dispatcher?.destroy().catch(() => undefined);
      }
    },
  };
}

interface WebhookRequest {
  url: URL;
  method: string;
  headers: Record<string, string>;
  body: string;
}

/** The outbox payload `{ url, method, headers, body }`, or why it cannot be sent. */
function readPayload(payload: Record<string, unknown>): WebhookRequest | string {
  if (typeof payload.url !== 'string' || payload.url === '') return 'the webhook has no URL';
  const read = readWebhookUrl(payload.url);
  if (!read.ok) {
    if (read.problem === 'scheme') return `refused: only http and https URLs are called, not ${read.scheme}`;
    // Checked before any DNS lookup: a playbook saved before the validator refused such hosts must not make the server look up `{{customer.domain}}`.
    if (read.problem === 'host') return `refused: "${read.host.slice(0, 100)}" is not a host name or an IP address, so it is not looked up`;
    return `"${payload.url.slice(0, 100)}" is not a valid URL`;
  }
  const { url } = read;
  const method = typeof payload.method === 'string' && payload.method !== '' ? payload.method.toUpperCase() : 'POST';
  if (!/^[A-Z]+$/.test(method)) return `"${method.slice(0, 20)}" is not an HTTP method`;
  const headers: Record<string, string> = {};
  if (payload.headers && typeof payload.headers === 'object') {
    for (const [name, value] of Object.entries(payload.headers)) {
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') headers[name] = String(value);
    }
  }
  const body = typeof payload.body === 'string' ? payload.body : '';
  return { url, method, headers, body };
}

type Target = { pinned: ResolvedAddress | undefined };

/** Checks where the URL leads; a refusal is a permanent result, a resolver failure rejects. */
async function vetTarget(url: URL, policy: AddressPolicy, resolve: (hostname: string) => Promise<ResolvedAddress[]>, deadline: AbortSignal): Promise<Target | DeliveryResult> {
  const hostname = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  if (isIP(hostname)) {
    const refusal = policy.refusal(hostname);
    return refusal ? permanent(`refused: ${hostname} is ${refusal}`) : { pinned: undefined };
  }
  const addresses = await beforeDeadline(resolve(hostname), deadline);
  const first = addresses[0];
  if (!first) return retryable(`DNS: ${hostname} has no address`);
  if (policy.allowsHost(hostname)) return { pinned: first };
  const permitted = addresses.find((candidate) => policy.refusal(candidate.address) === undefined);
  if (permitted) return { pinned: permitted };
  return permanent(`refused: ${hostname} resolves to ${first.address}, ${policy.refusal(first.address) ?? 'a forbidden address'}`);
}

/** A resolver that answers every question with the vetted address (node asks with `all` when it races IPv4/IPv6). */
function pinnedLookup(target: ResolvedAddress): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  };
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
