import Bowser from 'bowser';
import ipaddr from 'ipaddr.js';

/**
 * The client's network, not its address: the /24 of an IPv4 address, the /48 of an IPv6 one
 * (an IPv4-mapped IPv6 address counts as IPv4). Null for anything that is not an address.
 */
export function ipPrefix(ip: string | null): string | null {
  if (!ip || !ipaddr.isValid(ip)) return null;
  let address = ipaddr.parse(ip);
  if (address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress()) {
    address = (address as ipaddr.IPv6).toIPv4Address();
  }
  if (address.kind() === 'ipv4') {
    const [a, b, c] = address.toByteArray();
    return `${a}.${b}.${c}.0/24`;
  }
  const parts = (address as ipaddr.IPv6).parts.slice(0, 3);
  const network = ipaddr.fromByteArray([
    ...parts.flatMap((part) => [part >> 8, part & 0xff]),
    ...new Array<number>(10).fill(0),
  ]);
  return `${network.toString()}/48`;
}

/**
 * "Chrome", "Firefox", "Safari"…: the browser's name from Bowser's fixed list (already used to
 * name session devices), so the values form a small closed set; "other" for anything it does not
 * recognise (scripts, bots), null when there is no user agent.
 */
export function userAgentFamily(userAgent: string | null): string | null {
  if (!userAgent) return null;
  return Bowser.getParser(userAgent).getBrowserName() || 'other';
}
