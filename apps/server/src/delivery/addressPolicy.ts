import { isIP } from 'node:net';
import { isHostName } from '@stayflow/playbook';
import ipaddr from 'ipaddr.js';

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

type Address = ipaddr.IPv4 | ipaddr.IPv6;

/**
 * Address ranges a webhook may not reach, with the words an operator reads in the delivery
 * log; the first range that holds an address names it, so narrow ranges come before the
 * wide ones around them. The rows are the IANA IPv4 and IPv6 Special-Purpose Address
 * Registries' blocks that are not globally reachable, plus multicast and the IPv6 space
 * outside global unicast (2000::/3). Two blocks are refused whole although a few anycast
 * service addresses inside are global (192.0.0.0/24, 2001::/23): no webhook receiver lives
 * there. An IPv6 range that carries an IPv4 address (the optional third column: the group
 * where it starts) is refused whole too: what such an address reaches depends on how a
 * gateway sees that IPv4 address, which this server cannot check.
 */
const FORBIDDEN: readonly (readonly [label: string, cidr: string, ipv4Group?: number])[] = [
  ['unspecified', '0.0.0.0/8'],
  ['private', '10.0.0.0/8'],
  ['shared (CGNAT)', '100.64.0.0/10'],
  ['loopback', '127.0.0.0/8'],
  ['link-local', '169.254.0.0/16'],
  ['private', '172.16.0.0/12'],
  ['IETF protocol assignment', '192.0.0.0/24'],
  ['documentation', '192.0.2.0/24'],
  ['6to4 relay anycast', '192.88.99.0/24'],
  ['private', '192.168.0.0/16'],
  ['benchmarking', '198.18.0.0/15'],
  ['documentation', '198.51.100.0/24'],
  ['documentation', '203.0.113.0/24'],
  ['multicast', '224.0.0.0/4'],
  ['broadcast', '255.255.255.255/32'],
  ['reserved', '240.0.0.0/4'],
  ['unspecified', '::/128'],
  ['loopback', '::1/128'],
  ['IPv4-mapped', '::ffff:0:0/96', 6],
  ['IPv4-translated', '::ffff:0:0:0/96', 6],
  ['IPv4-compatible', '::/96', 6],
  ['NAT64', '64:ff9b::/96', 6],
  ['local-use NAT64', '64:ff9b:1::/48'],
  ['discard-only', '100::/64'],
  ['dummy', '100:0:0:1::/64'],
  ['Teredo', '2001::/32'],
  ['benchmarking', '2001:2::/48'],
  ['ORCHID', '2001:10::/28'],
  ['ORCHIDv2', '2001:20::/28'],
  ['IETF protocol assignment', '2001::/23'],
  ['documentation', '2001:db8::/32'],
  ['6to4', '2002::/16', 1],
  ['documentation', '3fff::/20'],
  ['segment routing (SRv6)', '5f00::/16'],
  ['unique-local', 'fc00::/7'],
  ['link-local', 'fe80::/10'],
  ['site-local', 'fec0::/10'],
  ['multicast', 'ff00::/8'],
  ['reserved', '::/3'],
  ['reserved', '4000::/2'],
  ['reserved', '8000::/1'],
];

const RANGES = FORBIDDEN.map(([label, cidr, ipv4Group]) => {
  const [network, bits] = ipaddr.parseCIDR(cidr);
  return { label, network, bits, ipv4Group };
});

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
  const allowedRanges: [Address, number][] = [];
  for (const entry of allow) {
    const [network = '', prefixText, extra] = unbracket(entry).split('/');
    const address = parseAddress(network);
    if (address !== undefined && extra === undefined) {
      const longest = address.kind() === 'ipv4' ? 32 : 128;
      const prefix = prefixText === undefined ? longest : Number(prefixText);
      if (!/^\d{1,3}$/.test(prefixText ?? '0') || prefix > longest) {
        throw new Error(`STAYFLOW_WEBHOOK_ALLOW: "${entry}" has an invalid prefix length.`);
      }
      allowedRanges.push([address, prefix]);
      continue;
    }
    const host = normalizeHost(entry);
    if (!isHostName(host)) {
      throw new Error(`STAYFLOW_WEBHOOK_ALLOW: "${entry}" is not an IP address, a CIDR range (10.0.0.0/8) or a host name.`);
    }
    allowedHosts.add(host);
  }

  const isAllowed = (address: Address): boolean => allowedRanges.some((range) => address.kind() === range[0].kind() && address.match(range));
  // The system reaches an IPv4-mapped address (::ffff:a.b.c.d) as that IPv4 host, so allowing the host allows it too.
  const isAllowedOrMapsToAllowed = (address: Address): boolean =>
    isAllowed(address) || (address instanceof ipaddr.IPv6 && address.isIPv4MappedAddress() && isAllowed(address.toIPv4Address()));

  return {
    allowed: [...allow],
    allowsHost: (hostname) => allowedHosts.has(normalizeHost(hostname)),
    refusal(input) {
      const address = parseAddress(unbracket(input));
      if (address === undefined) return 'not an IP address';
      if (isAllowedOrMapsToAllowed(address)) return undefined;
      const range = RANGES.find(({ network, bits }) => address.kind() === network.kind() && address.match(network, bits));
      if (range === undefined) return undefined;
      const inside = range.ipv4Group !== undefined && address instanceof ipaddr.IPv6 ? ` (IPv4 ${ipv4At(address, range.ipv4Group)} inside IPv6)` : '';
      return `${article(range.label)} ${range.label} address${inside}`;
    },
  };
}

/**
 * The address `text` names (a zone such as `%eth0` aside), or undefined when it is not one.
 * Only node's strict forms are read (no `127.1`, no octal), and IPv6 is first rewritten by
 * the URL parser into plain hex groups: ipaddr.js reads `::1.2.3.4` as `::ffff:1.2.3.4`.
 */
function parseAddress(text: string): Address | undefined {
  const bare = text.replace(/%.*$/, '');
  try {
    const version = isIP(bare);
    if (version === 4) return ipaddr.IPv4.parse(bare);
    if (version === 6) return ipaddr.IPv6.parse(new URL(`http://[${bare}]/`).hostname.slice(1, -1));
  } catch {
    // Read by node as an address but not by the URL parser: not an address this guard can judge.
  }
  return undefined;
}

/** The IPv4 address carried in two 16-bit groups of an IPv6 address, from `group` on. */
function ipv4At(address: ipaddr.IPv6, group: number): string {
  const high = address.parts[group] ?? 0;
  const low = address.parts[group + 1] ?? 0;
  return [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.');
}

const article = (label: string) => (/^([aeioAEIO]|un(?!i))/.test(label) ? 'an' : 'a');

const unbracket = (host: string) => (host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host);

const normalizeHost = (host: string) => unbracket(host).toLowerCase().replace(/\.$/, '');
