import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** The header a delivery is signed in. */
export const SIGNATURE_HEADER = 'x-casehub-signature';

/** A new signing secret: 32 random bytes, named so a leaked one is recognisable. */
export function newSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

function hmac(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

/**
 * `t=<unix seconds>,v1=<hex>[,v1=<hex>]`: an HMAC-SHA256 of `<t>.<body>` with each live secret, so a
 * receiver that knows either secret verifies during a rotation. The timestamp lets it refuse replays.
 */
export function sign(body: string, secrets: readonly string[], timestamp: number): string {
  return [`t=${timestamp}`, ...secrets.map((secret) => `v1=${hmac(secret, timestamp, body)}`)].join(',');
}

/**
 * What a receiver does (the README shows it): the header's timestamp is recent and one of its v1
 * signatures is the body's HMAC with the receiver's secret.
 */
export function verify(body: string, header: string, secret: string, nowSeconds: number, toleranceSeconds = 300): boolean {
  const parts = header.split(',').map((part) => part.split('=', 2) as [string, string]);
  const timestamp = Number(parts.find(([key]) => key === 't')?.[1]);
  if (!Number.isInteger(timestamp) || Math.abs(nowSeconds - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(hmac(secret, timestamp, body), 'hex');
  return parts.some(([key, value]) => key === 'v1' && value.length === expected.length * 2
    && timingSafeEqual(Buffer.from(value, 'hex'), expected));
}
