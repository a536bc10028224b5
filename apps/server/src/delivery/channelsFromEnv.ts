import { isHostName } from '@stayflow/playbook';
import type { SettingsRepository } from '@stayflow/store';
import nodemailer from 'nodemailer';
import { randomBytes } from 'node:crypto';
import { addressPolicy, parseAllowList } from './addressPolicy.ts';
import type { ChannelAdapters, DeliveryChannel } from './Dispatcher.ts';
import { emailAdapter } from './emailAdapter.ts';
import { DEFAULT_TIMEOUT_MS, formatSeconds } from './httpDelivery.ts';
import { httpProviderAdapter } from './httpProviderAdapter.ts';
import { webhookAdapter } from './webhookAdapter.ts';

export interface Channels {
  adapters: ChannelAdapters;
  /** Whether messages on this channel leave Stayflow (else they are only kept in the message log). */
  deliversExternally(channel: string): boolean;
  /** One line per channel, for the startup log. */
  describe(): string[];
}

/** The key webhooks are signed with, and where it came from (for the startup log). */
export interface WebhookSecret {
  value: string;
  from: 'env' | 'settings';
}

export interface ChannelsFromEnvOptions {
  env: NodeJS.ProcessEnv;
  webhookSecret: WebhookSecret;
}

const WEBHOOK_SECRET_SETTING = 'webhook.secret';

/**
 * `STAYFLOW_WEBHOOK_SECRET` when it holds more than spaces; else the secret kept in the
 * settings, generated and saved on first start so receivers can keep verifying after a restart.
 */
export async function resolveWebhookSecret(env: NodeJS.ProcessEnv, settings: SettingsRepository): Promise<WebhookSecret> {
  const fromEnv = nonEmpty(env.STAYFLOW_WEBHOOK_SECRET);
  if (fromEnv) return { value: fromEnv, from: 'env' };
  const saved = await settings.get(WEBHOOK_SECRET_SETTING);
  if (typeof saved === 'string' && saved !== '') return { value: saved, from: 'settings' };
  // Processes starting together on one database (PostgreSQL) keep the first secret stored, so all sign alike.
  const kept = await settings.setIfAbsent(WEBHOOK_SECRET_SETTING, randomBytes(32).toString('hex'));
  return { value: String(kept), from: 'settings' };
}

const LOG_ONLY = 'not configured — messages are kept in the message log only';

/**
 * The channel adapters the environment configures. A setting that is present but
 * wrong (a URL that does not parse, a sender missing) throws at start-up with the
 * variable's name, rather than losing messages later.
 */
export function channelsFromEnv({ env, webhookSecret }: ChannelsFromEnvOptions): Channels {
  const timeoutMs = readTimeout(env.STAYFLOW_DELIVERY_TIMEOUT_MS);
  const adapters: ChannelAdapters = {};
  const lines: string[] = [];

  const smtpUrl = nonEmpty(env.STAYFLOW_SMTP_URL);
  if (smtpUrl) {
    const smtp = readUrl('STAYFLOW_SMTP_URL', smtpUrl, ['smtp:', 'smtps:']);
    const from = nonEmpty(env.STAYFLOW_EMAIL_FROM);
    if (!from) throw new Error('STAYFLOW_SMTP_URL is set but STAYFLOW_EMAIL_FROM is not: set the sender, e.g. "Acme <hello@acme.example>".');
    const transport = nodemailer.createTransport({ url: smtpUrl, connectionTimeout: timeoutMs, greetingTimeout: timeoutMs, socketTimeout: Math.max(timeoutMs, 60_000) });
    adapters.email = emailAdapter({ transport, from });
    const port = smtp.port || (smtp.protocol === 'smtps:' ? '465' : '587');
    lines.push(`email: SMTP ${smtp.hostname}:${port}, from ${from}`);
  } else {
    lines.push(`email: ${LOG_ONLY} (set STAYFLOW_SMTP_URL and STAYFLOW_EMAIL_FROM)`);
  }

  for (const channel of ['sms', 'push'] as const) {
    const name = `STAYFLOW_${channel.toUpperCase()}_URL`;
    const text = nonEmpty(env[name]);
    if (!text) {
      lines.push(`${channel}: ${LOG_ONLY} (set ${name})`);
      continue;
    }
    const url = readUrl(name, text, ['http:', 'https:']);
    const token = nonEmpty(env[`STAYFLOW_${channel.toUpperCase()}_TOKEN`]);
    adapters[channel] = httpProviderAdapter({ channel, url, token, timeoutMs });
    lines.push(`${channel}: POST ${url.origin}${url.pathname}${token ? ' with a bearer token' : ''}`);
  }

  const allow = parseAllowList(env.STAYFLOW_WEBHOOK_ALLOW);
  adapters.webhook = webhookAdapter({ secret: webhookSecret.value, policy: addressPolicy(allow), timeoutMs });
  lines.push(
    `webhook: signed HTTP (${webhookSecret.from === 'env' ? 'secret from STAYFLOW_WEBHOOK_SECRET' : 'generated secret from settings'}), timeout ${formatSeconds(timeoutMs)}, ` +
      `private addresses refused${allow.length > 0 ? ` except ${allow.join(', ')}` : ''}`,
  );
  lines.push('inbox: message log (in-app inbox)');

  return {
    adapters,
    deliversExternally: (channel) => channel !== 'inbox' && Object.hasOwn(adapters, channel) && adapters[channel as DeliveryChannel] !== undefined,
    describe: () => [...lines],
  };
}

const nonEmpty = (value: string | undefined) => (value === undefined || value.trim() === '' ? undefined : value.trim());

function readUrl(name: string, text: string, protocols: readonly string[]): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`${name} is not a valid URL.`);
  }
  if (!protocols.includes(url.protocol)) throw new Error(`${name} must start with ${protocols.map((p) => `${p}//`).join(' or ')}.`);
  if (!isHostName(url.hostname)) throw new Error(`${name} names the host "${url.hostname}", which is not a host name or an IP address.`);
  return url;
}

function readTimeout(text: string | undefined): number {
  if (nonEmpty(text) === undefined) return DEFAULT_TIMEOUT_MS;
  const ms = Number(text);
  if (!Number.isInteger(ms) || ms <= 0) throw new Error(`STAYFLOW_DELIVERY_TIMEOUT_MS must be a whole number of milliseconds, not "${text}".`);
  return ms;
}
