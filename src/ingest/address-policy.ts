/**
 * Which network addresses the bot may fetch from. Only public unicast addresses, unless the operator allows some
 * private ones by name (ALLOW_PRIVATE_FETCH): a feed or a page must never make the bot read its own network
 * (loopback, the cloud metadata address, private ranges) and show what it found in a channel.
 */
import { BlockList, isIP } from 'node:net';

/** Ranges that are not public unicast (IANA special-purpose registries), as [network, prefix length]. */
const RESERVED_V4: [string, number][] = [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, including the cloud metadata address 169.254.169.254
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, and the broadcast address
];
const RESERVED_V6: [string, number][] = [
  ['::', 128],
  ['::1', 128], // loopback
  ['64:ff9b:1::', 48], // local-use NAT64
  ['100::', 64], // discard
  ['2001::', 32], // Teredo
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // old site-local
  ['ff00::', 8], // multicast
];

const reserved = new BlockList();
for (const [net, prefix] of RESERVED_V4) reserved.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of RESERVED_V6) reserved.addSubnet(net, prefix, 'ipv6');

/** The 16 bytes of an IPv6 address (already checked with isIP). */
function v6Bytes(ip: string): number[] {
  let s = ip;
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(s);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    s = `${s.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = s.split('::') as [string, string?];
  const parse = (x: string | undefined) => (x ? x.split(':').map((h) => parseInt(h, 16)) : []);
  const h = parse(head);
  const t = parse(tail);
  return [...h, ...new Array<number>(8 - h.length - t.length).fill(0), ...t].flatMap((g) => [g >> 8, g & 0xff]);
}

/**
 * The IPv4 address an IPv6 address carries, for the forms a host reaches as IPv4: mapped (::ffff:a.b.c.d),
 * compatible (::a.b.c.d), NAT64 (64:ff9b::a.b.c.d) and 6to4 (2002:aabb:ccdd::).
 */
function embeddedV4(ip: string): string | null {
  const b = v6Bytes(ip);
  const zeros = (from: number, to: number) => b.slice(from, to).every((x) => x === 0);
  const quad = (i: number) => b.slice(i, i + 4).join('.');
  if (zeros(0, 10) && ((b[10] === 0xff && b[11] === 0xff) || (b[10] === 0 && b[11] === 0))) return quad(12);
  if (b[0] === 0x00 && b[1] === 0x64 && b[2] === 0xff && b[3] === 0x9b && zeros(4, 12)) return quad(12);
  if (b[0] === 0x20 && b[1] === 0x02) return quad(2);
  return null;
}

/** The address as the network will treat it: an IPv6 form that carries an IPv4 address is that IPv4 address. */
function effective(ip: string): { address: string; family: 'ipv4' | 'ipv6' } | null {
  const bare = ip.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 4) return { address: bare, family: 'ipv4' };
  if (family !== 6) return null;
  const v4 = embeddedV4(bare);
  return v4 ? { address: v4, family: 'ipv4' } : { address: bare, family: 'ipv6' };
}

/** Whether an IP address is public unicast (not loopback, private, link-local, multicast or reserved). */
export function isPublicAddress(ip: string): boolean {
  const e = effective(ip);
  return e !== null && !reserved.check(e.address, e.family);
}

/** Whether a setting's entry is an address or a range (CIDR), e.g. 127.0.0.1, 10.1.0.0/16, fd00::/8. */
export function isAddressOrRange(entry: string): boolean {
  const [address = '', prefix, extra] = entry.split('/');
  const family = isIP(address);
  if (!family || extra !== undefined) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

export class AddressPolicy {
  private constructor(private readonly allowed: BlockList | null) {}

  /** Public addresses only: the default. */
  static publicOnly(): AddressPolicy {
    return new AddressPolicy(null);
  }

  /** Public addresses and these private addresses or ranges (entries checked with isAddressOrRange). */
  static allowing(entries: string[]): AddressPolicy {
    if (!entries.length) return AddressPolicy.publicOnly();
    const list = new BlockList();
    for (const entry of entries) {
      const [address = '', prefix] = entry.split('/');
      const family = isIP(address) === 4 ? 'ipv4' : 'ipv6';
      if (prefix === undefined) list.addAddress(address, family);
      else list.addSubnet(address, Number(prefix), family);
    }
    return new AddressPolicy(list);
  }

  /** Null when the address may be fetched; otherwise why not, as the line the user sees. */
  refusal(ip: string): string | null {
    if (isPublicAddress(ip)) return null;
    const e = effective(ip);
    if (e && this.allowed?.check(e.address, e.family)) return null;
    return `refused: private address ${ip.replace(/^\[|\]$/g, '')} (only public addresses are fetched)`;
  }
}
