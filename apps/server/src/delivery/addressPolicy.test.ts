import { describe, expect, it } from 'vitest';
import { addressPolicy, parseAllowList } from './addressPolicy.ts';

describe('address policy', () => {
  const strict = addressPolicy();

  it('lets public addresses through', () => {
    for (const address of ['93.184.215.14', '8.8.8.8', '2606:4700:4700::1111', '100.128.0.1', '172.32.0.1']) {
      expect(strict.refusal(address)).toBeUndefined();
    }
  });

  it('names why a non-public address is refused', () => {
    expect(strict.refusal('127.0.0.53')).toBe('a loopback address');
    expect(strict.refusal('172.31.255.255')).toBe('a private address');
    expect(strict.refusal('100.127.255.254')).toBe('a shared (CGNAT) address');
    expect(strict.refusal('::')).toBe('an unspecified address');
    expect(strict.refusal('fc00::1')).toBe('a unique-local address');
    expect(strict.refusal('febf::1')).toBe('a link-local address');
    expect(strict.refusal('239.1.1.1')).toBe('a multicast address');
  });

  it.each([
    ['192.0.0.1', 'an IETF protocol assignment address'],
    ['192.0.0.170', 'an IETF protocol assignment address'],
    ['198.18.0.1', 'a benchmarking address'],
    ['198.19.255.255', 'a benchmarking address'],
    ['192.0.2.10', 'a documentation address'],
    ['198.51.100.7', 'a documentation address'],
    ['203.0.113.200', 'a documentation address'],
    ['192.88.99.1', 'a 6to4 relay anycast address'],
    ['255.255.255.255', 'a broadcast address'],
    ['250.1.2.3', 'a reserved address'],
  ])('refuses the IPv4 special-purpose address %s', (address, refusal) => {
    expect(strict.refusal(address)).toBe(refusal);
  });

  it('refuses the whole shared (CGNAT) range 100.64.0.0/10, and nothing around it', () => {
    for (const address of ['100.64.0.0', '100.64.0.1', '100.100.100.200', '100.127.255.255']) expect(strict.refusal(address)).toBe('a shared (CGNAT) address');
    for (const address of ['100.63.255.255', '100.128.0.0']) expect(strict.refusal(address)).toBeUndefined();
  });

  it.each([
    ['2001:db8::1', 'a documentation address'],
    ['3fff::1', 'a documentation address'],
    ['3fff:fff:ffff::1', 'a documentation address'],
    ['2001:0:4136:e378:8000:63bf:3fff:fdd2', 'a Teredo address'],
    ['100::1', 'a discard-only address'],
    ['2001:2::1', 'a benchmarking address'],
    ['2001:10::1', 'an ORCHID address'],
    ['2001:20::1', 'an ORCHIDv2 address'],
    ['2001:1ff::1', 'an IETF protocol assignment address'],
    ['5f00::1', 'a segment routing (SRv6) address'],
    ['64:ff9b:1::a00:1', 'a local-use NAT64 address'],
    ['fec0::1', 'a site-local address'],
    ['ff02::1', 'a multicast address'],
    ['4000::1', 'a reserved address'],
    ['1234::1', 'a reserved address'],
  ])('refuses the IPv6 special-purpose address %s', (address, refusal) => {
    expect(strict.refusal(address)).toBe(refusal);
  });

  it.each([
    ['::ffff:127.0.0.1', 'an IPv4-mapped address (IPv4 127.0.0.1 inside IPv6)'],
    ['::ffff:7f00:1', 'an IPv4-mapped address (IPv4 127.0.0.1 inside IPv6)'],
    ['0:0:0:0:0:ffff:7f00:1', 'an IPv4-mapped address (IPv4 127.0.0.1 inside IPv6)'],
    ['0000:0000:0000:0000:0000:FFFF:7F00:0001', 'an IPv4-mapped address (IPv4 127.0.0.1 inside IPv6)'],
    ['::ffff:8.8.8.8', 'an IPv4-mapped address (IPv4 8.8.8.8 inside IPv6)'],
    ['::ffff:0:8.8.8.8', 'an IPv4-translated address (IPv4 8.8.8.8 inside IPv6)'],
    ['::1.2.3.4', 'an IPv4-compatible address (IPv4 1.2.3.4 inside IPv6)'],
    ['::808:808', 'an IPv4-compatible address (IPv4 8.8.8.8 inside IPv6)'],
    ['64:ff9b::7f00:1', 'a NAT64 address (IPv4 127.0.0.1 inside IPv6)'],
    ['64:ff9b::8.8.8.8', 'a NAT64 address (IPv4 8.8.8.8 inside IPv6)'],
    ['2002:7f00:1::1', 'a 6to4 address (IPv4 127.0.0.1 inside IPv6)'],
    ['2002:808:808::', 'a 6to4 address (IPv4 8.8.8.8 inside IPv6)'],
  ])('refuses %s whole, as it carries an IPv4 address', (address, refusal) => {
    expect(strict.refusal(address)).toBe(refusal);
  });

  it('reads an address with a zone or in brackets, and refuses what is not an address', () => {
    expect(strict.refusal('fe80::1%eth0')).toBe('a link-local address');
    expect(strict.refusal('[::1]')).toBe('a loopback address');
    for (const text of ['127.1', '0x7f.0.0.1', '010.0.0.1', 'localhost', '']) expect(strict.refusal(text)).toBe('not an IP address');
  });

  it('allows the addresses, ranges and host names the operator lists', () => {
    const policy = addressPolicy(parseAllowList('127.0.0.1, 10.0.0.0/8 crm.internal.,[fd00::1]'));
    expect(policy.refusal('127.0.0.1')).toBeUndefined();
    expect(policy.refusal('::ffff:127.0.0.1')).toBeUndefined();
    expect(policy.refusal('127.0.0.2')).toBe('a loopback address');
    expect(policy.refusal('10.200.3.4')).toBeUndefined();
    expect(policy.refusal('fd00::1')).toBeUndefined();
    expect(policy.allowsHost('CRM.internal')).toBe(true);
    expect(policy.allowsHost('evil.crm.internal')).toBe(false);
  });

  it('opens an IPv4 address to its IPv4-mapped form only, not to the NAT64 or 6to4 forms', () => {
    const policy = addressPolicy(['127.0.0.1']);
    expect(policy.refusal('::ffff:7f00:1')).toBeUndefined();
    expect(policy.refusal('64:ff9b::7f00:1')).toBe('a NAT64 address (IPv4 127.0.0.1 inside IPv6)');
    expect(policy.refusal('2002:7f00:1::1')).toBe('a 6to4 address (IPv4 127.0.0.1 inside IPv6)');
  });

  it('lets the operator open a whole range, such as NAT64 on an IPv6-only network', () => {
    const policy = addressPolicy(['64:ff9b::/96']);
    expect(policy.refusal('64:ff9b::808:808')).toBeUndefined();
    expect(policy.refusal('64:ff9b:1::1')).toBe('a local-use NAT64 address');
  });

  it('keeps an allowed IPv6 range from opening IPv4 addresses', () => {
    const policy = addressPolicy(['::/8']);
    expect(policy.refusal('::1')).toBeUndefined();
    expect(policy.refusal('100.64.0.1')).toBe('a shared (CGNAT) address');
    expect(policy.refusal('127.0.0.1')).toBe('a loopback address');
  });

  it('rejects an allow-list entry it cannot read, naming it', () => {
    expect(() => addressPolicy(['10.0.0.0/33'])).toThrow('"10.0.0.0/33" has an invalid prefix length');
    expect(() => addressPolicy(['http://crm'])).toThrow('"http://crm" is not an IP address, a CIDR range');
  });
});
