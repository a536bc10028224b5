import nodemailer from 'nodemailer';
import { afterEach, describe, expect, it } from 'vitest';
import { emailAdapter, messageIdFor } from './emailAdapter.ts';
import { outboxRow, startSmtpServer, type TestSmtpServer } from './testSupport.ts';

let server: TestSmtpServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const FROM = 'Acme <hello@acme.example>';
const ana = { id: 'c1', attributes: { email: 'ana@example.com', name: 'Ana' } };
const messageRow = (body = 'Hi Ana,\nwe miss you.', html = false) => outboxRow({ kind: 'message', payload: { channel: 'email', subject: 'We miss you', body, html } });

async function smtpAdapter(rcptReply?: string) {
  server = await startSmtpServer(rcptReply === undefined ? {} : { rcptReply });
  const transport = nodemailer.createTransport({ url: `smtp://127.0.0.1:${server.port}`, ignoreTLS: true });
  return emailAdapter({ transport, from: FROM });
}

describe('email adapter', () => {
  it('sends the message over SMTP to the customer’s address, with HTML and a text alternative', async () => {
    const adapter = await smtpAdapter();
    const result = await adapter.deliver(messageRow(), ana);
    expect(result).toEqual({ ok: true, detail: 'SMTP 250 2.0.0 OK queued', retry: false });
    const [mail] = server!.received;
    expect(mail).toMatchObject({ from: 'hello@acme.example', to: ['ana@example.com'] });
    expect(mail!.data).toContain('Subject: We miss you');
    expect(mail!.data).toContain('Idempotency-Key: run-1:notify:1');
    expect(mail!.data).toContain(`Message-ID: ${messageIdFor('run-1:notify:1', 'acme.example')}`);
    expect(mail!.data).toContain('multipart/alternative');
    expect(mail!.data).toContain('Content-Type: text/plain');
    expect(mail!.data).toContain('Content-Type: text/html');
    expect(mail!.data).toContain('Hi Ana,<br>');
  });

  it('sends a plain-text template as text even when a customer value holds markup, and an HTML template as HTML', async () => {
    const adapter = await smtpAdapter();
    await adapter.deliver(messageRow('Hi <b>Ana</b>,\nwe miss you.'), ana);
    await adapter.deliver(messageRow('<p>Hi <b>Ana</b></p>', true), ana);
    const [plain, html] = server!.received;
    expect(plain!.data).toContain('Hi &lt;b&gt;Ana&lt;/b&gt;,<br>');
    expect(html!.data).toContain('<p>Hi <b>Ana</b></p>');
  });

  it('gives the same Message-ID to a second attempt of the same delivery, so the receiver can drop it', async () => {
    const adapter = await smtpAdapter();
    await adapter.deliver(messageRow(), ana);
    await adapter.deliver(messageRow(), ana);
    const ids = server!.received.map((mail) => /^Message-ID: (.*)$/m.exec(mail.data)?.[1]);
    expect(ids[0]).toBeDefined();
    expect(ids[1]).toBe(ids[0]);
    expect(messageIdFor('run-2:notify:1', 'acme.example')).not.toBe(ids[0]);
  });

  it('fails for good when the customer has no email address, without contacting the server', async () => {
    const adapter = await smtpAdapter();
    expect(await adapter.deliver(messageRow(), { id: 'c2', attributes: {} })).toEqual({ ok: false, detail: 'customer has no email address', retry: false });
    expect(await adapter.deliver(messageRow(), undefined)).toEqual({ ok: false, detail: 'customer has no email address', retry: false });
    expect(await adapter.deliver(messageRow(), { id: 'c3', attributes: { email: 'ana at example' } })).toEqual({
      ok: false,
      detail: 'customer email address "ana at example" is not valid',
      retry: false,
    });
    expect(server!.received).toHaveLength(0);
  });

  it('fails for good when the server refuses the recipient with a 5xx', async () => {
    const adapter = await smtpAdapter('550 5.1.1 no such user');
    expect(await adapter.deliver(messageRow(), ana)).toEqual({ ok: false, detail: 'SMTP 550 5.1.1 no such user', retry: false });
  });

  it('asks for a retry when the server defers with a 4xx', async () => {
    const adapter = await smtpAdapter('451 4.3.0 try again later');
    expect(await adapter.deliver(messageRow(), ana)).toEqual({ ok: false, detail: 'SMTP 451 4.3.0 try again later', retry: true });
  });

  it('asks for a retry when the SMTP server cannot be reached', async () => {
    server = await startSmtpServer();
    const port = server.port;
    await server.close();
    server = undefined;
    const adapter = emailAdapter({ transport: nodemailer.createTransport({ url: `smtp://127.0.0.1:${port}`, ignoreTLS: true }), from: FROM });
    const result = await adapter.deliver(messageRow(), ana);
    expect(result.ok).toBe(false);
    expect(result.retry).toBe(true);
    expect(result.detail).toMatch(/^SMTP error: .*ECONNREFUSED/);
  });
});
