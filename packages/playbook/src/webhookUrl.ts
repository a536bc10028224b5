/**
 * What a webhook URL must be: `http:` or `https:`, to a host that is a DNS name or an
 * IP address. The validator refuses anything else when a playbook is saved, and the
 * server's webhook adapter reads URLs with the same function before it resolves or
 * connects, so a playbook stored before this rule cannot make the server look up a
 * name such as `{{customer.domain}}`.
 */
export type WebhookUrl =
  | { ok: true; url: URL }
  | { ok: false; problem: 'unreadable' }
  | { ok: false; problem: 'scheme'; scheme: string }
  | { ok: false; problem: 'host'; host: string };

/** A DNS label: letters, digits, `_` and inner `-`, at most 63 characters. */
const LABEL = '[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?';
const DNS_NAME = new RegExp(`^${LABEL}(?:\\.${LABEL})*\\.?$`, 'i');
/** The WHATWG parser has already checked the inside of brackets; this only says it is an IPv6 literal. */
const IPV6_LITERAL = /^\[[0-9a-f:.]+\]$/i;
/** The host of a URL the parser refused: what follows `scheme://` and any `user@`, before a port, path, query or fragment. */
const RAW_AUTHORITY = /^\s*([a-z][a-z0-9+.-]*):\/\/(?:[^/?#@]*@)?([^/?#]*)/i;

/**
 * Whether `host` (a URL's `hostname`, or an allow-list entry) is a DNS name (`crm.example.com`,
 * `localhost`, `hooks.example.`), an IPv4 address or a bracketed IPv6 address. Placeholders,
 * spaces and symbols are not; neither are empty labels, labels that start or end with `-`,
 * labels over 63 characters and names over 253.
 */
export function isHostName(host: string): boolean {
  if (IPV6_LITERAL.test(host)) return true;
  return host.replace(/\.$/, '').length <= 253 && DNS_NAME.test(host);
}

export function readWebhookUrl(text: string): WebhookUrl {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return unparsed(text);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, problem: 'scheme', scheme: url.protocol };
  if (!isHostName(url.hostname)) return { ok: false, problem: 'host', host: url.hostname };
  return { ok: true, url };
}

/** Why a URL the parser refused is wrong: its host when the same URL with a plain host parses, else unreadable. */
function unparsed(text: string): WebhookUrl {
  const raw = RAW_AUTHORITY.exec(text);
  const scheme = raw?.[1]?.toLowerCase();
  const authority = raw?.[2] ?? '';
  if (raw === null || (scheme !== 'http' && scheme !== 'https') || authority === '') return { ok: false, problem: 'unreadable' };
  const host = authority.startsWith('[') ? authority.slice(0, authority.indexOf(']') + 1 || undefined) : authority.replace(/:\d*$/, '');
  const start = raw[0].length - authority.length;
  try {
    new URL(`${text.slice(0, start)}example.com${text.slice(start + host.length)}`);
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
  return { ok: false, problem: 'host', host: host.trim() };
}
