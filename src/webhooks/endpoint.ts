import { BlockList, isIP } from 'node:net';
import { badInput } from '../kernel/errors';

const LOOPBACK_NAMES = new Set(['localhost']);

/**
 * Addresses a webhook may not reach: this machine, private and shared networks, link-local (cloud
 * metadata at 169.254.169.254), multicast and reserved ranges. An agency registers a URL; the hub
 * POSTs to it from inside its network, so without this an agency could make the hub call internal
 * services (server-side request forgery).
 */
const NOT_PUBLIC = new BlockList();
for (const [net, prefix] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16],
  ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24],
  ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4]] as const) NOT_PUBLIC.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [['::', 128], ['::1', 128], ['64:ff9b::', 96], ['100::', 64], ['2001:db8::', 32], ['fc00::', 7],
  ['fe80::', 10], ['ff00::', 8]] as const) NOT_PUBLIC.addSubnet(net, prefix, 'ipv6');

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

/** An IPv4 address written as IPv6 (::ffff:10.0.0.1) is judged as the IPv4 address it is. */
function unmapped(address: string): { address: string; family: 'ipv4' | 'ipv6' } {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return { address: mapped[1], family: 'ipv4' };
  return { address, family: isIP(address) === 6 ? 'ipv6' : 'ipv4' };
}

/**
 * Whether the hub may POST to this address: a public one, or this machine's loopback when the hub
 * allows it (WEBHOOK_ALLOW_HTTP_LOOPBACK: tests and development).
 */
export function reachableAddress(raw: string, allowLoopback: boolean): boolean {
  const { address, family } = unmapped(raw);
  if (allowLoopback && LOOPBACK.check(address, family)) return true;
  return !NOT_PUBLIC.check(address, family);
}

/** The host of a URL without IPv6 brackets. */
export const hostOf = (url: URL) => url.hostname.replace(/^\[(.*)\]$/, '$1');

/**
 * A webhook endpoint: https, with no credentials in it, to a public host; plain http only to this
 * machine's loopback and only when the hub allows it (WEBHOOK_ALLOW_HTTP_LOOPBACK: tests and
 * development). A host name is checked again when each POST resolves it (`delivery.ts`).
 */
export function endpointUrl(raw: string, allowHttpLoopback: boolean, field = 'input.url'): string {
  const trimmed = raw.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw badInput(field, 'must be an absolute URL such as https://system.example.lv/casehub/events');
  }
  if (trimmed.length > 2000) throw badInput(field, 'must be at most 2000 characters');
  if (url.username || url.password) throw badInput(field, 'must not carry a user name or password (events are signed instead)');
  if (url.hash) throw badInput(field, 'must not have a #fragment');
  const host = hostOf(url);
  const loopbackName = LOOPBACK_NAMES.has(host) || host.endsWith('.localhost');
  const literal = isIP(host) !== 0;
  const loopback = loopbackName || (literal && LOOPBACK.check(unmapped(host).address, unmapped(host).family));
  if (loopback ? !allowHttpLoopback : literal && !reachableAddress(host, false)) {
    throw badInput(field, 'must not point to this machine or to a private, link-local or reserved address');
  }
  if (url.protocol === 'https:') return url.toString();
  if (url.protocol === 'http:' && allowHttpLoopback && loopback) return url.toString();
  throw badInput(field, allowHttpLoopback ? 'must be https (or http to this machine\'s loopback)' : 'must be https');
}
