import { randomBytes } from 'node:crypto';

let lastMs = 0;
let seq = 0;

/**
 * Generates a UUIDv7 (RFC 9562): time-ordered, so ids sort by creation and index well on both
 * dialects, and made in the app so no database round trip is needed to know a new row's id.
 */
export function newId(now: number = Date.now()): string {
  // A 12-bit counter in rand_a keeps ids from one process monotonic within the same millisecond.
  if (now <= lastMs) {
    seq = (seq + 1) & 0xfff;
    if (seq === 0) lastMs += 1;
  } else {
    lastMs = now;
    seq = randomBytes(2).readUInt16BE(0) & 0x3ff;
  }
  const bytes = randomBytes(16);
  const ms = BigInt(lastMs);
  for (let i = 0; i < 6; i++) bytes[i] = Number((ms >> BigInt(8 * (5 - i))) & 0xffn);
  bytes[6] = 0x70 | ((seq >> 8) & 0x0f);
  bytes[7] = seq & 0xff;
  bytes[8] = 0x80 | (bytes[8]! & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
