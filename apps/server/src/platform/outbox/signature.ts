/*
 * How a webhook delivery is signed, in a file with no imports but node:crypto, so an integrator can
 * copy it as it is (Node.js 18 or later; OpenSSL provides SM3).
 *
 *   signed text  = `${X-Jiandu-Timestamp}.${raw request body}`   (the body byte for byte, as received)
 *   key          = the webhook secret, as UTF-8 bytes
 *   header       = `X-Jiandu-Signature: hmac-sm3=<lowercase hex of HMAC-SM3(key, signed text)>`
 *
 * The receiver recomputes the signature over the raw body (before any JSON parsing), compares it in
 * constant time, and refuses timestamps too far from its own clock so a captured request cannot be
 * replayed later.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** The scheme named in front of the hex digest, so another algorithm could be added later. */
export const SIGNATURE_SCHEME = 'hmac-sm3';

/** How far a timestamp may be from the receiver's clock, in seconds, by default. */
export const DEFAULT_TOLERANCE_SECONDS = 300;

/** The `X-Jiandu-Signature` value for a body sent at `timestamp` (unix seconds). */
export function signWebhook(secret: string, timestamp: number | string, body: string): string {
  const digest = createHmac('sm3', Buffer.from(secret, 'utf8'))
    .update(`${timestamp}.${body}`, 'utf8')
    .digest('hex');
  return `${SIGNATURE_SCHEME}=${digest}`;
}

/** What a receiver has in hand to check one request. */
export interface WebhookCheck {
  secret: string;
  /** The `X-Jiandu-Timestamp` header. */
  timestamp: string | undefined;
  /** The raw request body, exactly as received. */
  body: string;
  /** The `X-Jiandu-Signature` header. */
  signature: string | undefined;
  /** The receiver's clock in unix seconds (defaults to now). */
  now?: number;
  toleranceSeconds?: number;
}

/**
 * True when the request was signed with the secret and its timestamp is recent. The comparison
 * takes the same time whatever the signature, so it leaks nothing about the expected digest.
 */
export function verifyWebhook(check: WebhookCheck): boolean {
  const { secret, timestamp, body, signature } = check;
  if (!timestamp || !signature || !/^\d{1,12}$/.test(timestamp)) return false;
  const now = check.now ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - Number(timestamp)) > (check.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS)) return false;
  const expected = Buffer.from(signWebhook(secret, timestamp, body), 'utf8');
  const given = Buffer.from(signature.trim().toLowerCase(), 'utf8');
  // timingSafeEqual needs equal lengths; comparing against itself keeps the time the same anyway.
  const same = given.length === expected.length;
  return timingSafeEqual(same ? given : expected, expected) && same;
}
