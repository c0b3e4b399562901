import { randomFillSync } from 'node:crypto';

let lastMs = 0;
let seq = 0;

// Random bytes are drawn from the OS in blocks: one system call per 512 ids instead of two per id.
const POOL = Buffer.alloc(16 * 512);
let poolOffset = POOL.length;

function randomBlock(): Buffer {
  if (poolOffset >= POOL.length) {
    randomFillSync(POOL);
    poolOffset = 0;
  }
  const block = POOL.subarray(poolOffset, poolOffset + 16);
  poolOffset += 16;
  return block;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/**
 * Generates a UUIDv7 (RFC 9562): time-ordered, so ids sort by creation and index well on both
 * dialects, and made in the app so no database round trip is needed to know a new row's id.
 */
export function newId(now: number = Date.now()): string {
  const bytes = randomBlock();
  // A 12-bit counter in rand_a keeps ids from one process monotonic within the same millisecond.
  if (now <= lastMs) {
    seq = (seq + 1) & 0xfff;
    if (seq === 0) lastMs += 1;
  } else {
    lastMs = now;
    seq = ((bytes[6]! << 8) | bytes[7]!) & 0x3ff;
  }
  // 48-bit milliseconds, written without BigInt: the high 16 bits, then the low 32.
  const high = Math.floor(lastMs / 0x100000000);
  const low = lastMs >>> 0;
  const out = [
    (high >>> 8) & 0xff,
    high & 0xff,
    (low >>> 24) & 0xff,
    (low >>> 16) & 0xff,
    (low >>> 8) & 0xff,
    low & 0xff,
    0x70 | ((seq >> 8) & 0x0f),
    seq & 0xff,
    0x80 | (bytes[8]! & 0x3f),
  ];
  let hex = '';
  for (let i = 0; i < 16; i++) {
    hex += HEX[i < 9 ? out[i]! : bytes[i]!];
    if (i === 3 || i === 5 || i === 7 || i === 9) hex += '-';
  }
  return hex;
}
