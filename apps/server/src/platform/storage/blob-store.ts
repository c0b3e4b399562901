import { createHash, type Hash } from 'node:crypto';
import { type Readable, Transform, type TransformCallback, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../errors.ts';

/** What identifies stored bytes: both digests (SHA-256 names the file, SM3 is the national standard) and the length. */
export interface BlobDigest {
  sha256: string;
  sm3: string;
  size: number;
}

/** The outcome of a put; `created` is false when the same bytes were already stored (deduplicated). */
export interface PutResult extends BlobDigest {
  created: boolean;
}

/** How a put is bounded: the size limit, and a signal that abandons it (the caller gave up). */
export interface PutOptions {
  maxBytes: number;
  signal?: AbortSignal;
}

/**
 * A content-addressed store of immutable files named by their SHA-256. The local disk implements it
 * by default; an object store (S3, OSS, MinIO) can implement it with keys `sha256/<hash>`, a
 * multipart upload as the temporary object and a conditional put as the no-clobber rename.
 * There is no delete: evidence is append-only.
 */
export interface BlobStore {
  /**
   * Streams `source` into the store, hashing it on the way. Throws PAYLOAD_TOO_LARGE past
   * `maxBytes`; on any failure (limit, source error, abort) nothing of the upload is left behind.
   */
  put(source: Readable, options: PutOptions): Promise<PutResult>;
  /** The stored bytes; throws NOT_FOUND when the file is not there. */
  open(sha256: string): Promise<Readable>;
  /** The stored file's size, or null when it is not there. */
  stat(sha256: string): Promise<{ size: number } | null>;
  /** Whether the file is there. */
  has(sha256: string): Promise<boolean>;
  /** Removes leftovers of uploads interrupted by a crash, older than `olderThanMs`; returns how many. */
  sweep(olderThanMs: number): Promise<number>;
}

const SHA256_PATTERN = /^[0-9a-f]{64}$/;

/** Refuses anything but 64 lowercase hex digits, so a hash can never name a path outside the store. */
export function assertSha256(value: string): void {
  if (!SHA256_PATTERN.test(value)) {
    throw new AppError('VALIDATION_FAILED', '文件哈希须为 64 位小写十六进制的 SHA-256 值');
  }
}

/** True when `value` is a well-formed SHA-256 name (CLI and routes check input with it). */
export function isSha256(value: string): boolean {
  return SHA256_PATTERN.test(value);
}

/** A limit in people's units (binary multiples, as file managers show them) with the exact byte count. */
export function describeLimit(bytes: number): string {
  const units = [
    ['GB', 1024 ** 3],
    ['MB', 1024 ** 2],
    ['KB', 1024],
  ] as const;
  const unit = units.find(([, size]) => bytes >= size);
  if (!unit) return `${bytes} 字节`;
  const value = Number((bytes / unit[1]).toFixed(2));
  return `${value} ${unit[0]} (${bytes} 字节)`;
}

/**
 * Passes bytes through unchanged while computing SHA-256, SM3 and the length in one pass, so an
 * upload is read once; fails with PAYLOAD_TOO_LARGE as soon as the length passes `maxBytes`.
 */
export class DigestStream extends Transform {
  readonly #sha256: Hash = createHash('sha256');
  readonly #sm3: Hash = createHash('sm3');
  #size = 0;

  constructor(private readonly maxBytes = Number.POSITIVE_INFINITY) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.#size += chunk.length;
    if (this.#size > this.maxBytes) {
      callback(
        new AppError('PAYLOAD_TOO_LARGE', `文件超过大小上限 ${describeLimit(this.maxBytes)}`, {
          limitBytes: this.maxBytes,
        }),
      );
      return;
    }
    this.#sha256.update(chunk);
    this.#sm3.update(chunk);
    callback(null, chunk);
  }

  /** The digests of everything that passed; call once, after the stream has finished. */
  digest(): BlobDigest {
    return { sha256: this.#sha256.digest('hex'), sm3: this.#sm3.digest('hex'), size: this.#size };
  }
}

/** Reads a stream to its end and returns its digests (re-verification of stored files). */
export async function digestOf(source: Readable, signal?: AbortSignal): Promise<BlobDigest> {
  const hashing = new DigestStream();
  const discard = new Writable({ write: (_chunk, _encoding, done) => done() });
  await pipeline(source, hashing, discard, { signal });
  return hashing.digest();
}
