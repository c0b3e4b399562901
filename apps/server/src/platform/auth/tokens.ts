import { createHash, randomBytes } from 'node:crypto';

/** A new high-entropy secret token and the SM3 hash under which it is stored. */
export function newToken(prefix = ''): { token: string; hash: string } {
  const token = `${prefix}${randomBytes(32).toString('base64url')}`;
  return { token, hash: hashToken(token) };
}

/**
 * Hashes a token for storage and lookup. Tokens are 256-bit random, so a fast hash suffices (no
 * salt or stretching needed); SM3 keeps to the national algorithms.
 */
export function hashToken(token: string): string {
  return createHash('sm3').update(token).digest('hex');
}

/** One-time recovery codes, readable aloud: ten groups like `k7m2-9xqp`. */
export function newRecoveryCodes(count = 10): string[] {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  return Array.from({ length: count }, () => {
    const bytes = randomBytes(8);
    const chars = [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}`;
  });
}
