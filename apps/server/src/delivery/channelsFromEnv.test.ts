import { afterEach, describe, expect, it } from 'vitest';
import { channelsFromEnv, resolveWebhookSecret, type WebhookSecret } from './channelsFromEnv.ts';
import { outboxRow, startSmtpServer, type TestSmtpServer } from './testSupport.ts';

let smtp: TestSmtpServer | undefined;
const generated: WebhookSecret = { value: 'generated', from: 'settings' };

/** Settings kept in a map, as the store would keep them. */
function memorySettings(initial: Record<string, unknown> = {}) {
  const values = new Map(Object.entries(initial));
  return {
    values,
    get: async (key: string) => values.get(key),
    set: async (key: string, value: unknown) => void values.set(key, value),
    setIfAbsent: async (key: string, value: unknown) => {
      if (!values.has(key)) values.set(key, value);
      return values.get(key);
    },
  };
}

afterEach(async () => {
  await smtp?.close();
  smtp = undefined;
});

describe('channels from the environment', () => {
  it('configures only webhooks when nothing else is set, and says so for the startup log', () => {
    const channels = channelsFromEnv({ env: {}, webhookSecret: generated });
    expect(Object.keys(channels.adapters)).toEqual(['webhook']);
    expect(channels.deliversExternally('email')).toBe(false);
    expect(channels.deliversExternally('inbox')).toBe(false);
    expect(channels.deliversExternally('webhook')).toBe(true);
    expect(channels.describe()).toEqual([
      'email: not configured — messages are kept in the message log only (set STAYFLOW_SMTP_URL and STAYFLOW_EMAIL_FROM)',
      'sms: not configured — messages are kept in the message log only (set STAYFLOW_SMS_URL)',
      'push: not configured — messages are kept in the message log only (set STAYFLOW_PUSH_URL)',
      'webhook: signed HTTP (generated secret from settings), timeout 10 s, private addresses refused',
      'inbox: message log (in-app inbox)',
    ]);
  });

  it('configures every channel the environment names, without printing secrets', () => {
    const channels = channelsFromEnv({
      env: {
        STAYFLOW_SMTP_URL: 'smtp://mailer:s3cret@smtp.example.com:587',
        STAYFLOW_EMAIL_FROM: 'Acme <hello@acme.example>',
        STAYFLOW_SMS_URL: 'https://sms.example.com/v1/send?api_key=k',
        STAYFLOW_SMS_TOKEN: 'tok',
        STAYFLOW_PUSH_URL: 'https://push.example.com/send',
        STAYFLOW_WEBHOOK_ALLOW: '127.0.0.1,10.0.0.0/8,crm.internal',
        STAYFLOW_DELIVERY_TIMEOUT_MS: '5000',
      },
      webhookSecret: { value: 'from-env', from: 'env' },
    });
    expect(['email', 'sms', 'push', 'webhook'].map((c) => channels.deliversExternally(c))).toEqual([true, true, true, true]);
    expect(channels.deliversExternally('inbox')).toBe(false);
    expect(channels.deliversExternally('constructor')).toBe(false);
    const lines = channels.describe();
    expect(lines).toEqual([
      'email: SMTP smtp.example.com:587, from Acme <hello@acme.example>',
      'sms: POST https://sms.example.com/v1/send with a bearer token',
      'push: POST https://push.example.com/send',
      'webhook: signed HTTP (secret from STAYFLOW_WEBHOOK_SECRET), timeout 5 s, private addresses refused except 127.0.0.1, 10.0.0.0/8, crm.internal',
      'inbox: message log (in-app inbox)',
    ]);
    expect(lines.join('\n')).not.toMatch(/s3cret|api_key|tok\b|from-env/);
  });

  it('refuses a setting it cannot use, naming the variable', () => {
    const secret = { webhookSecret: generated };
    expect(() => channelsFromEnv({ env: { STAYFLOW_SMTP_URL: 'smtp://smtp.example.com' }, ...secret })).toThrow('STAYFLOW_EMAIL_FROM');
    expect(() => channelsFromEnv({ env: { STAYFLOW_SMS_URL: 'sms.example.com/send' }, ...secret })).toThrow('STAYFLOW_SMS_URL is not a valid URL');
    expect(() => channelsFromEnv({ env: { STAYFLOW_PUSH_URL: 'ftp://push.example.com' }, ...secret })).toThrow('STAYFLOW_PUSH_URL must start with http:// or https://');
    expect(() => channelsFromEnv({ env: { STAYFLOW_SMS_URL: 'https://{{relay}}/send' }, ...secret })).toThrow('STAYFLOW_SMS_URL names the host "{{relay}}", which is not a host name or an IP address.');
    expect(() => channelsFromEnv({ env: { STAYFLOW_SMTP_URL: 'smtp://mail$host:587', STAYFLOW_EMAIL_FROM: 'a@b.example' }, ...secret })).toThrow('STAYFLOW_SMTP_URL names the host "mail$host"');
    expect(() => channelsFromEnv({ env: { STAYFLOW_WEBHOOK_ALLOW: 'not a host!' }, ...secret })).toThrow('STAYFLOW_WEBHOOK_ALLOW');
    expect(() => channelsFromEnv({ env: { STAYFLOW_DELIVERY_TIMEOUT_MS: '10s' }, ...secret })).toThrow('STAYFLOW_DELIVERY_TIMEOUT_MS');
  });

  it('sends email through the SMTP server the URL names', async () => {
    smtp = await startSmtpServer();
    const channels = channelsFromEnv({
      env: { STAYFLOW_SMTP_URL: `smtp://127.0.0.1:${smtp.port}?ignoreTLS=true`, STAYFLOW_EMAIL_FROM: 'hello@acme.example' },
      webhookSecret: generated,
    });
    const row = outboxRow({ kind: 'message', payload: { channel: 'email', subject: 'Hi', body: 'Hello' } });
    const result = await channels.adapters.email!.deliver(row, { id: 'c1', attributes: { email: 'ana@example.com' } });
    expect(result.ok).toBe(true);
    expect(smtp.received[0]?.to).toEqual(['ana@example.com']);
  });

  it('signs webhooks with STAYFLOW_WEBHOOK_SECRET, trimmed, and leaves the settings alone', async () => {
    const settings = memorySettings();
    expect(await resolveWebhookSecret({ STAYFLOW_WEBHOOK_SECRET: '  s3cret \n' }, settings)).toEqual({ value: 's3cret', from: 'env' });
    expect(settings.values.size).toBe(0);
  });

  it('without STAYFLOW_WEBHOOK_SECRET (or with only spaces), generates a secret once and keeps it', async () => {
    const settings = memorySettings();
    const first = await resolveWebhookSecret({ STAYFLOW_WEBHOOK_SECRET: '   ' }, settings);
    expect(first.from).toBe('settings');
    expect(first.value).toMatch(/^[0-9a-f]{64}$/);
    expect(await resolveWebhookSecret({}, settings)).toEqual(first);
    expect(await resolveWebhookSecret({}, memorySettings({ 'webhook.secret': 'kept' }))).toEqual({ value: 'kept', from: 'settings' });
  });
});
