import { BlockList, isIP } from 'node:net';

/**
 * Which network addresses a webhook may reach. Playbook authors write webhook URLs,
 * so without this a playbook could make the server call its own admin ports, the
 * cloud metadata service (169.254.169.254) or anything else on the private network.
 * Everything that is not a public unicast address is refused, unless the operator
 * allows it by host name or CIDR (`STAYFLOW_WEBHOOK_ALLOW`).
 */
export interface AddressPolicy {
  /** Why the address may not be reached ('a private address'), or undefined when it may. */
  refusal(address: string): string | undefined;
  /** Whether the operator allowed this host name outright (then whatever it resolves to is reached). */
  allowsHost(hostname: string): boolean;
  /** The allow-list as written, for the startup log. */
  readonly allowed: readonly string[];
}

type Family = 'ipv4' | 'ipv6';

/** Address ranges that are not the public internet, with the words an operator reads in the delivery log. */
const FORBIDDEN: readonly (readonly [label: string, family: Family, network: string, prefix: number])[] = [
  ['unspecified', 'ipv4', '0.0.0.0', 8],
  ['private', 'ipv4', '10.0.0.0', 8],
  ['shared (CGNAT)', 'ipv4', '100.64.0.0', 10],
  ['loopback', 'ipv4', '127.0.0.0', 8],
  ['link-local', 'ipv4', '169.254.0.0', 16],
  ['private', 'ipv4', '172.16.0.0', 12],
  ['private', 'ipv4', '192.168.0.0', 16],
  ['multicast', 'ipv4', '224.0.0.0', 4],
  ['reserved', 'ipv4', '240.0.0.0', 4],
  ['unspecified', 'ipv6', '::', 128],
  ['loopback', 'ipv6', '::1', 128],
  ['link-local', 'ipv6', 'fe80::', 10],
  ['site-local', 'ipv6', 'fec0::', 10],
  ['unique-local', 'ipv6', 'fc00::', 7],
  ['multicast', 'ipv6', 'ff00::', 8],
];

const RANGES = FORBIDDEN.map(([label, family, network, prefix]) => {
  const list = new BlockList();
  list.addSubnet(network, prefix, family);
  return { label, family, list };
});

const HOSTNAME = /^(?=.{1,253}$)[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?(\.[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?)*$/;

/** Splits `STAYFLOW_WEBHOOK_ALLOW` ('127.0.0.1, 10.0.0.0/8, crm.internal') into entries. */
export function parseAllowList(text: string | undefined): string[] {
  return (text ?? '')
    .split(/[\s,]+/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

/** Builds the policy; an allow-list entry that is neither an address, a CIDR nor a host name is a configuration error. */
export function addressPolicy(allow: readonly string[] = []): AddressPolicy {
  const allowedHosts = new Set<string>();
  const allowedAddresses = new BlockList();
  for (const entry of allow) {
    const [network, prefixText, extra] = unbracket(entry).split('/');
    const family = familyOf(network ?? '');
    if (family && extra === undefined) {
      const prefix = prefixText === undefined ? (family === 'ipv4' ? 32 : 128) : Number(prefixText);
      if (!/^\d{1,3}$/.test(prefixText ?? '0') || prefix > (family === 'ipv4' ? 32 : 128)) {
        throw new Error(`STAYFLOW_WEBHOOK_ALLOW: "${entry}" has an invalid prefix length.`);
      }
      allowedAddresses.addSubnet(network!, prefix, family);
      continue;
    }
    const host = normalizeHost(entry);
    if (!HOSTNAME.test(host)) {
      throw new Error(`STAYFLOW_WEBHOOK_ALLOW: "${entry}" is not an IP address, a CIDR range (10.0.0.0/8) or a host name.`);
    }
    allowedHosts.add(host);
  }

  const isAllowed = (address: string, family: Family): boolean => allowedAddresses.check(address, family);

  return {
    allowed: [...allow],
    allowsHost: (hostname) => allowedHosts.has(normalizeHost(hostname)),
    refusal(input) {
      const address = unbracket(input).replace(/%.*$/, '');
      const family = familyOf(address);
      if (!family) return 'not an IP address';
      if (isAllowed(address, family)) return undefined;
      const embedded = family === 'ipv6' ? embeddedIpv4(address) : undefined;
      if (embedded !== undefined) {
        if (isAllowed(embedded, 'ipv4')) return undefined;
        const label = forbiddenLabel(embedded, 'ipv4');
        return label === undefined ? undefined : `${article(label)} ${label} address (IPv4 ${embedded} inside IPv6)`;
      }
      const label = forbiddenLabel(address, family);
      return label === undefined ? undefined : `${article(label)} ${label} address`;
    },
  };
}

function forbiddenLabel(address: string, family: Family): string | undefined {
  return RANGES.find((range) => range.family === family && range.list.check(address, family))?.label;
}

function familyOf(address: string): Family | undefined {
  const version = isIP(address);
  return version === 4 ? 'ipv4' : version === 6 ? 'ipv6' : undefined;
}

const article = (label: string) => (/^([aeio]|un(?!i))/.test(label) ? 'an' : 'a');

const unbracket = (host: string) => (host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host);

const normalizeHost = (host: string) => unbracket(host).toLowerCase().replace(/\.$/, '');

/**
 * The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d)
 * or NAT64 (64:ff9b::a.b.c.d) IPv6 address: such an address reaches that IPv4 host,
 * so it is judged as that host.
 */
export function embeddedIpv4(address: string): string | undefined {
  const groups = expandIpv6(address);
  if (!groups) return undefined;
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, g = 0, h = 0] = groups;
  const mapped = a === 0 && b === 0 && c === 0 && d === 0 && e === 0 && f === 0xffff;
  const compatible = a === 0 && b === 0 && c === 0 && d === 0 && e === 0 && f === 0 && g !== 0;
  const nat64 = a === 0x64 && b === 0xff9b && c === 0 && d === 0 && e === 0 && f === 0;
  if (!mapped && !compatible && !nat64) return undefined;
  return [g >> 8, g & 0xff, h >> 8, h & 0xff].join('.');
}

/** The eight 16-bit groups of an IPv6 address, or undefined when it is not one. */
function expandIpv6(address: string): number[] | undefined {
  if (isIP(address) !== 6) return undefined;
  let text = address.toLowerCase();
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [p, q, r, s] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((p << 8) | q).toString(16)}:${((r << 8) | s).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  const missing = 8 - left.length - right.length;
  const groups = [...left, ...Array<string>(tail === undefined ? 0 : missing).fill('0'), ...right];
  return groups.length === 8 ? groups.map((group) => parseInt(group, 16)) : undefined;
}
