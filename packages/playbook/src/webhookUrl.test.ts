import { describe, expect, it } from 'vitest';
import { isHostName, readWebhookUrl } from './webhookUrl.ts';

describe('webhook URL', () => {
  it.each([
    'https://crm.example.com/hooks/stayflow',
    'http://localhost:8080/',
    'https://hooks.example./x',
    'http://a_b.internal/',
    'http://10.0.0.5/',
    'http://[::1]:8080/',
    'http://2130706433/',
    'https://münchen.example/',
  ])('reads %s', (text) => {
    expect(readWebhookUrl(text).ok).toBe(true);
  });

  it('keeps placeholders in the path and the query: only the host must be a name', () => {
    const read = readWebhookUrl('https://crm.example.com/customers/{{customer.id}}?ref={{ playbook.name }}');
    expect(read.ok && read.url.hostname).toBe('crm.example.com');
  });

  it.each([
    ['https://{{customer.domain}}/hook', '{{customer.domain}}'],
    ['https://{{ customer.domain }}/hook', '{{ customer.domain }}'],
    ['https://api.{{customer.region}}.example.com/hook', 'api.{{customer.region}}.example.com'],
    ['http://%7B%7Bcustomer.domain%7D%7D/', '{{customer.domain}}'],
    ['https://user:pw@{{customer.domain}}:8443/hook', '{{customer.domain}}'],
    ['https://crm example.com/hook', 'crm example.com'],
    ['http://a$b.example/', 'a$b.example'],
    ['http://a..b/', 'a..b'],
    ['http://-crm.example/', '-crm.example'],
    [`http://${'a'.repeat(64)}.example/`, `${'a'.repeat(64)}.example`],
  ])('refuses the host of %s, naming it', (text, host) => {
    expect(readWebhookUrl(text)).toEqual({ ok: false, problem: 'host', host });
  });

  it('tells a wrong scheme and an unreadable URL apart from a wrong host', () => {
    expect(readWebhookUrl('ftp://files.example/')).toEqual({ ok: false, problem: 'scheme', scheme: 'ftp:' });
    expect(readWebhookUrl('crm.example.com/hook')).toEqual({ ok: false, problem: 'unreadable' });
    expect(readWebhookUrl('https://crm.example.com:99999/')).toEqual({ ok: false, problem: 'unreadable' });
    expect(readWebhookUrl('https://')).toEqual({ ok: false, problem: 'unreadable' });
  });

  it('limits a host name to 253 characters, not counting a final dot', () => {
    const longest = `${'a.'.repeat(126)}a`;
    expect(longest).toHaveLength(253);
    expect(isHostName(longest)).toBe(true);
    expect(isHostName(`${longest}.`)).toBe(true);
    expect(isHostName(`a.${longest}`)).toBe(false);
  });
});
