import { BlockList, isIP } from 'node:net';

/**
 * Which reverse proxies in front of the server may speak for the client in X-Forwarded-For.
 * none: the header is ignored. hops: exactly this many proxies stand in front (each appends the address it
 * received from). addresses: proxies known by address or network; any other hop is the client.
 */
export type ProxyTrust =
  | { kind: 'none' }
  | { kind: 'hops'; hops: number }
  | { kind: 'addresses'; networks: string[] };

export const NO_PROXY: ProxyTrust = { kind: 'none' };

const MAX_HOPS = 10;

/** One network in CIDR form (a bare address is a /32 or /128), or null when it is not one. */
function parseNetwork(text: string): { address: string; prefix: number; family: 'ipv4' | 'ipv6' } | null {
  const [address = '', prefixText, extra] = text.split('/');
  const version = isIP(address);
  if (version === 0 || extra !== undefined) return null;
  const bits = version === 4 ? 32 : 128;
  const prefix = prefixText === undefined ? bits : Number(prefixText);
  if (!/^\d{1,3}$/.test(prefixText ?? String(bits)) || prefix > bits) return null;
  return { address, prefix, family: version === 4 ? 'ipv4' : 'ipv6' };
}

/**
 * LANTERN_TRUST_PROXY: "false" (default), "true" (one proxy, as before), a number of proxies, or a
 * comma-separated list of proxy addresses and networks ("10.0.0.5, 172.16.0.0/12, ::1").
 * Throws an explanation for anything else, so a typo never silently trusts every client.
 */
export function parseProxyTrust(value: string | undefined): ProxyTrust {
  const text = (value ?? '').trim();
  if (text === '' || text === 'false' || text === '0') return NO_PROXY;
  if (text === 'true') return { kind: 'hops', hops: 1 };
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > MAX_HOPS) throw new Error(`at most ${MAX_HOPS} proxy hops (got ${text})`);
    return { kind: 'hops', hops };
  }
  const networks = text.split(',').map((part) => part.trim());
  const invalid = networks.filter((network) => parseNetwork(network) === null);
  if (invalid.length > 0 || networks.length === 0) {
    throw new Error(
      `expected false, true, a number of proxy hops, or proxy addresses/networks such as 10.0.0.5,172.16.0.0/12 (not understood: ${invalid.join(', ') || text})`,
    );
  }
  return { kind: 'addresses', networks };
}

/** "::ffff:203.0.113.7" is the IPv4 client seen through a dual-stack socket; one client, one spelling. */
function normalise(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  return (mapped?.[1] ?? address).toLowerCase();
}

/** An X-Forwarded-For element: an address, possibly with a port ("1.2.3.4:5", "[::1]:5"); else null. */
function forwardedAddress(element: string): string | null {
  let text = element.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  if (bracketed?.[1]) text = bracketed[1];
  else if (/^\d{1,3}(?:\.\d{1,3}){3}:\d+$/.test(text)) text = text.slice(0, text.lastIndexOf(':'));
  return isIP(text) ? normalise(text) : null;
}

/**
 * Builds the function that names the client of a request from the socket's peer and X-Forwarded-For.
 * Proxies append to the header, so only its right-most entries were written by proxies we trust; whatever
 * the client itself sent sits to the left of them and is never believed.
 */
export function clientAddressResolver(trust: ProxyTrust) {
  let trusted: BlockList | null = null;
  if (trust.kind === 'addresses') {
    trusted = new BlockList();
    for (const text of trust.networks) {
      const network = parseNetwork(text);
      if (network) trusted.addSubnet(network.address, network.prefix, network.family);
    }
  }
  const isTrusted = (address: string) =>
    trusted?.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4') ?? false;

  return (peer: string | null, forwardedFor: string | undefined): string | null => {
    const socketAddress = peer && isIP(peer) ? normalise(peer) : null;
    if (trust.kind === 'none' || !forwardedFor) return socketAddress;
    // The chain as the last proxy saw it: every forwarded hop, then the proxy itself (the socket peer).
    const chain = [...forwardedFor.split(',').map(forwardedAddress), socketAddress];
    if (trust.kind === 'hops') {
      // The entry written by the outermost trusted proxy. When it is missing or not an address, the
      // nearest proxy stands in: one shared key is safer than a key a client could vary.
      const index = chain.length - 1 - trust.hops;
      return (index >= 0 ? chain[index] : null) ?? socketAddress;
    }
    // Walk left past proxies we know; the first address that is not one of them is the client. A hop a
    // trusted proxy reported in a form that is not an address leaves that proxy as the client.
    let nearest = socketAddress;
    for (let index = chain.length - 1; index >= 0; index--) {
      const address = chain[index] ?? null;
      if (address === null) return nearest;
      if (!isTrusted(address)) return address;
      nearest = address;
    }
    return nearest;
  };
}
