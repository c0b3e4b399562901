import { timingSafeEqual } from 'node:crypto';
import { keyedDigest } from '../../platform/crypto/field-cipher.ts';
import type { Keyring } from '../../platform/crypto/keyring.ts';

/**
 * The stored form of a complaint's query password: HMAC-SM3 under the server's index key, bound to
 * the tracking code. The password is 8 random characters of a 32-letter alphabet (40 bits) drawn by
 * the server, not chosen by a person, and guessing is throttled per address, so a slow password hash
 * (argon2, ~16 ms of CPU) buys nothing here while capping public submissions at a few dozen a second;
 * without the key a stolen table does not reveal the passwords.
 */
export function complaintPasswordDigest(keyring: Keyring, trackingCode: string, password: string): string {
  return keyedDigest(keyring, `${trackingCode}:${password.trim().toUpperCase()}`, 'complaint_password');
}

/** Whether the password matches the stored digest, in constant time. */
export function complaintPasswordMatches(
  keyring: Keyring,
  trackingCode: string,
  password: string,
  stored: string,
): boolean {
  const given = Buffer.from(complaintPasswordDigest(keyring, trackingCode, password), 'hex');
  const kept = Buffer.from(stored, 'hex');
  return kept.length === given.length && timingSafeEqual(kept, given);
}
