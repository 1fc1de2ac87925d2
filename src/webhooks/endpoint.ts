import { badInput } from '../kernel/errors';

const LOOPBACK = new Set(['127.0.0.1', '[::1]', 'localhost']);

/**
 * A webhook endpoint: https, with no credentials in it; plain http only to this machine's loopback
 * and only when the hub allows it (WEBHOOK_ALLOW_HTTP_LOOPBACK: tests and development).
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
  if (url.protocol === 'https:') return url.toString();
  if (url.protocol === 'http:' && allowHttpLoopback && LOOPBACK.has(url.hostname)) return url.toString();
  throw badInput(field, allowHttpLoopback ? 'must be https (or http to this machine\'s loopback)' : 'must be https');
}
