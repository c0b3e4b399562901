import { hash } from 'node:crypto';

/*
 * Evidence references point at deterministic bytes, so a test or the bench can upload the very
 * file a generated record names and the platform can check its hash.
 */

/** The bytes (UTF-8) whose SHA-256 is evidence `n` of a generated record. */
export function evidenceBytes(externalId: string, n: number): string {
  return `jiandu-evidence/${externalId}/${n}`;
}

/** The SHA-256 (hex) of `evidenceBytes(externalId, n)`. */
export function evidenceHash(externalId: string, n: number): string {
  return hash('sha256', evidenceBytes(externalId, n));
}
