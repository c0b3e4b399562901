import { createHash, randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { describeLimit, digestOf } from './blob-store.ts';
import { LocalBlobStore } from './local-blob-store.ts';

const roots: string[] = [];
let store: LocalBlobStore;

beforeEach(() => {
  const root = mkdtempSync(path.join(tmpdir(), 'jiandu-blob-store-'));
  roots.push(root);
  store = new LocalBlobStore(root);
});
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** Every file under a directory, recursively (empty when it does not exist). */
function filesUnder(directory: string): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

const stored = () => filesUnder(path.join(store.root, 'sha256'));
const temporary = () => filesUnder(path.join(store.root, 'tmp'));

/** A source that hands the bytes over in uneven chunks, as a network upload does. */
function chunked(bytes: Buffer, sizes = [1, 7, 4096, 65_537, 3]): Readable {
  const chunks: Buffer[] = [];
  for (let at = 0, i = 0; at < bytes.length; i += 1) {
    const size = sizes[i % sizes.length]!;
    chunks.push(bytes.subarray(at, at + size));
    at += size;
  }
  return Readable.from(chunks);
}

const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const sm3Of = (bytes: Buffer) => createHash('sm3').update(bytes).digest('hex');

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('LocalBlobStore', () => {
  it('hashes a streamed upload exactly as hashing the whole buffer, and stores it under its SHA-256', async () => {
    const bytes = randomBytes(300_000);
    const result = await store.put(chunked(bytes), { maxBytes: 1_000_000 });
    expect(result).toEqual({ sha256: sha256Of(bytes), sm3: sm3Of(bytes), size: bytes.length, created: true });
    const file = store.pathOf(result.sha256);
    expect(file).toBe(
      path.join(store.root, 'sha256', result.sha256.slice(0, 2), result.sha256.slice(2, 4), result.sha256),
    );
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(await store.stat(result.sha256)).toEqual({ size: bytes.length });
    expect(await digestOf(await store.open(result.sha256))).toEqual({
      sha256: result.sha256,
      sm3: result.sm3,
      size: bytes.length,
    });
    expect(temporary()).toEqual([]);
  });

  it('computes the GB/T 32905 SM3 test vector', async () => {
    const result = await store.put(Readable.from([Buffer.from('ab'), Buffer.from('c')]), { maxBytes: 10 });
    expect(result.sm3).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
  });

  it('keeps one file when the same bytes are stored twice', async () => {
    const bytes = randomBytes(10_000);
    const first = await store.put(chunked(bytes), { maxBytes: 20_000 });
    const second = await store.put(chunked(bytes, [10_000]), { maxBytes: 20_000 });
    expect(second).toEqual({ ...first, created: false });
    expect(stored()).toEqual([store.pathOf(first.sha256)]);
    expect(temporary()).toEqual([]);
    const other = await store.put(Readable.from([randomBytes(10)]), { maxBytes: 20_000 });
    expect(other.created).toBe(true);
    expect(stored()).toHaveLength(2);
  });

  it('accepts a file of exactly the limit and refuses one byte more with a 413 naming the limit', async () => {
    const bytes = randomBytes(2048);
    expect((await store.put(chunked(bytes), { maxBytes: 2048 })).size).toBe(2048);
    rmSync(store.pathOf(sha256Of(bytes)));

    const error = await rejection(
      store.put(chunked(Buffer.concat([bytes, Buffer.of(1)])), { maxBytes: 2048 }),
    );
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', status: 413, extras: { limitBytes: 2048 } });
    expect((error as AppError).detail).toBe('文件超过大小上限 2 KB (2048 字节)');
    expect(stored()).toEqual([]);
    expect(temporary()).toEqual([]);
  });

  it('describes the default limit in gigabytes', () => {
    expect(describeLimit(2 * 1024 ** 3)).toBe('2 GB (2147483648 字节)');
    expect(describeLimit(512)).toBe('512 字节');
  });

  it('leaves nothing behind when the source fails part-way', async () => {
    let written = 0;
    async function* upload() {
      for (let i = 0; i < 4; i += 1) {
        written += 64_000;
        yield randomBytes(64_000);
      }
      throw new Error('connection reset');
    }
    expect(await rejection(store.put(Readable.from(upload()), { maxBytes: 1_000_000 }))).toMatchObject({
      message: 'connection reset',
    });
    expect(written).toBe(256_000);
    expect(stored()).toEqual([]);
    expect(temporary()).toEqual([]);
  });

  it('reports a source that fails before the upload starts, without crashing the process', async () => {
    const source = new PassThrough();
    const put = store.put(source, { maxBytes: 1_000_000 });
    source.destroy(new Error('connection reset'));
    expect(await rejection(put)).toMatchObject({ message: 'connection reset' });
    expect(stored()).toEqual([]);
    expect(temporary()).toEqual([]);
  });

  it('leaves nothing behind when the caller aborts', async () => {
    const source = new PassThrough();
    const abort = new AbortController();
    const put = store.put(source, { maxBytes: 1_000_000, signal: abort.signal });
    source.write(randomBytes(50_000));
    abort.abort();
    expect(await rejection(put)).toMatchObject({ name: 'AbortError' });
    expect(stored()).toEqual([]);
    expect(temporary()).toEqual([]);
  });

  it('leaves no temporary file when an HTTP client disconnects mid-upload', async () => {
    let received!: () => void;
    const firstChunk = new Promise<void>((resolve) => {
      received = resolve;
    });
    let outcome!: Promise<unknown>;
    const server = createServer((req) => {
      // Tells the test the upload is under way, so it disconnects mid-stream and not before.
      const tap = new PassThrough();
      tap.once('data', () => received());
      pipeline(req, tap).catch(() => undefined);
      outcome = rejection(store.put(tap, { maxBytes: 10_000_000 }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const client = request({ port, host: '127.0.0.1', method: 'POST', path: '/upload' });
      client.on('error', () => undefined);
      client.setHeader('content-length', '5000000');
      client.write(randomBytes(200_000));
      await firstChunk;
      client.destroy();
      expect(await outcome).toBeInstanceOf(Error);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
    expect(stored()).toEqual([]);
    expect(temporary()).toEqual([]);
  });

  it('refuses hash names that are not 64 lowercase hex digits before touching the disk', async () => {
    writeFileSync(path.join(store.root, 'secret'), 'not evidence');
    const bad = [
      '../secret',
      '../../../../etc/passwd',
      'A'.repeat(64),
      'a'.repeat(63),
      `${'a'.repeat(64)}/`,
      `${'a'.repeat(62)}/.`,
      '',
    ];
    for (const name of bad) {
      expect(() => store.pathOf(name)).toThrow(AppError);
      for (const attempt of [store.open(name), store.stat(name), store.has(name)]) {
        expect(await rejection(attempt)).toMatchObject({ code: 'VALIDATION_FAILED', status: 400 });
      }
    }
  });

  it('answers NOT_FOUND for a well-formed hash that is not stored', async () => {
    const absent = sha256Of(Buffer.from('never stored'));
    expect(await store.has(absent)).toBe(false);
    expect(await store.stat(absent)).toBeNull();
    expect(await rejection(store.open(absent))).toMatchObject({ code: 'NOT_FOUND', status: 404 });
  });

  it('sweeps temporary files left by a crash, but not those of a running upload', async () => {
    const temp = path.join(store.root, 'tmp');
    mkdirSync(temp, { recursive: true });
    const stale = path.join(temp, 'crashed.part');
    const fresh = path.join(temp, 'running.part');
    writeFileSync(stale, 'half an upload');
    writeFileSync(fresh, 'an upload in progress');
    const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000);
    utimesSync(stale, twoDaysAgo, twoDaysAgo);
    expect(await store.sweep(86_400_000)).toBe(1);
    expect(temporary()).toEqual([fresh]);
    expect(await new LocalBlobStore(path.join(store.root, 'never-used')).sweep(0)).toBe(0);
  });
});
