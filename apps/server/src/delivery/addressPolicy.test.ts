import { describe, expect, it } from 'vitest';
import { addressPolicy, embeddedIpv4, parseAllowList } from './addressPolicy.ts';

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

  it('judges an IPv4 address written inside IPv6 as the IPv4 address', () => {
    expect(strict.refusal('::ffff:169.254.169.254')).toBe('a link-local address (IPv4 169.254.169.254 inside IPv6)');
    expect(strict.refusal('0:0:0:0:0:ffff:c0a8:0101')).toBe('a private address (IPv4 192.168.1.1 inside IPv6)');
    expect(strict.refusal('64:ff9b::7f00:1')).toBe('a loopback address (IPv4 127.0.0.1 inside IPv6)');
    expect(strict.refusal('::ffff:8.8.8.8')).toBeUndefined();
    expect(embeddedIpv4('2001:db8::1')).toBeUndefined();
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

  it('rejects an allow-list entry it cannot read, naming it', () => {
    expect(() => addressPolicy(['10.0.0.0/33'])).toThrow('"10.0.0.0/33" has an invalid prefix length');
    expect(() => addressPolicy(['http://crm'])).toThrow('"http://crm" is not an IP address, a CIDR range');
  });
});
