import { describe, expect, it } from 'vitest';
import { clientAddressResolver, parseProxyTrust } from './client-address';

describe('LANTERN_TRUST_PROXY', () => {
  it('trusts no proxy unless told', () => {
    for (const value of [undefined, '', 'false', '0'])
      expect(parseProxyTrust(value)).toEqual({ kind: 'none' });
  });

  it('keeps "true" meaning one proxy in front, and takes a number of hops', () => {
    expect(parseProxyTrust('true')).toEqual({ kind: 'hops', hops: 1 });
    expect(parseProxyTrust(' 2 ')).toEqual({ kind: 'hops', hops: 2 });
  });

  it('takes proxy addresses and networks, IPv4 and IPv6', () => {
    expect(parseProxyTrust('10.0.0.5, 172.16.0.0/12,::1, fd00::/8')).toEqual({
      kind: 'addresses',
      networks: ['10.0.0.5', '172.16.0.0/12', '::1', 'fd00::/8'],
    });
  });

  it('refuses what it does not understand rather than trusting every client', () => {
    for (const value of [
      'yes',
      'TRUE',
      '10.0.0.0/33',
      '10.0.0.1/8/1',
      'proxy.example.org',
      '10.0.0.5,',
      '99',
      '-1',
    ]) {
      expect(() => parseProxyTrust(value), value).toThrow();
    }
  });
});

describe('the client address', () => {
  const none = clientAddressResolver(parseProxyTrust('false'));
  const oneHop = clientAddressResolver(parseProxyTrust('true'));
  const twoHops = clientAddressResolver(parseProxyTrust('2'));
  const listed = clientAddressResolver(parseProxyTrust('10.0.0.0/8, 2001:db8::1'));

  it('is the socket peer when no proxy is trusted, whatever the header says', () => {
    expect(none('198.51.100.7', '6.6.6.6')).toBe('198.51.100.7');
    expect(none('::ffff:198.51.100.7', undefined)).toBe('198.51.100.7');
  });

  it('is the right-most untrusted hop: what the client wrote itself is never believed', () => {
    // The client sent "6.6.6.6"; our one proxy appended the address it saw.
    expect(oneHop('10.0.0.2', '6.6.6.6, 203.0.113.9')).toBe('203.0.113.9');
    expect(oneHop('10.0.0.2', '203.0.113.9')).toBe('203.0.113.9');
    expect(twoHops('10.0.0.3', '6.6.6.6, 203.0.113.9, 10.0.0.2')).toBe('203.0.113.9');
    expect(listed('10.0.0.3', '6.6.6.6, 203.0.113.9, 10.0.0.2')).toBe('203.0.113.9');
    expect(listed('10.0.0.3', '6.6.6.6,203.0.113.9,10.0.0.2')).toBe('203.0.113.9');
  });

  it('rotating the client-written part changes nothing', () => {
    const seen = new Set(
      Array.from({ length: 30 }, (_, i) => listed('10.0.0.3', `192.0.2.${i}, 203.0.113.9`)),
    );
    expect([...seen]).toEqual(['203.0.113.9']);
  });

  it('ignores the header when the peer is not a listed proxy', () => {
    expect(listed('198.51.100.7', '6.6.6.6, 203.0.113.9')).toBe('198.51.100.7');
  });

  it('understands ports, brackets, IPv6 and IPv4 seen through a dual-stack socket', () => {
    expect(listed('::ffff:10.0.0.3', '203.0.113.9:51234')).toBe('203.0.113.9');
    expect(listed('2001:db8::1', '[2001:DB8::7]:443')).toBe('2001:db8::7');
    expect(oneHop('10.0.0.2', '::ffff:203.0.113.9')).toBe('203.0.113.9');
  });

  it('falls back to the nearest proxy, never to a value a client could choose', () => {
    expect(oneHop('10.0.0.2', 'unknown')).toBe('10.0.0.2');
    expect(listed('10.0.0.3', '6.6.6.6, garbage')).toBe('10.0.0.3');
    expect(twoHops('10.0.0.3', '10.0.0.2')).toBe('10.0.0.3');
    expect(listed('10.0.0.3', '10.0.0.2')).toBe('10.0.0.2');
  });

  it('uses the header when requests come without a socket (in-process), counted from the right', () => {
    expect(oneHop(null, '6.6.6.6, 203.0.113.9')).toBe('203.0.113.9');
    expect(none(null, '6.6.6.6')).toBeNull();
  });
});
