import { randomUUID } from 'node:crypto';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../errors.ts';
import { assertSha256, type BlobStore, DigestStream, type PutOptions, type PutResult } from './blob-store.ts';

/** Stored files are read-only on disk, so an edit by hand has to be deliberate. */
const FILE_MODE = 0o440;

function hasCode(error: unknown, ...codes: string[]): boolean {
  return codes.includes(String((error as { code?: unknown } | null)?.code));
}

/** Makes a rename durable: the directory entry is flushed too (not possible on every platform). */
async function syncDirectory(directory: string): Promise<void> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(directory, 'r');
    await handle.sync();
  } catch (error) {
    if (!hasCode(error, 'EISDIR', 'EPERM', 'EINVAL', 'EBADF')) throw error;
  } finally {
    await handle?.close();
  }
}

/**
 * The blob store on the local disk: `<root>/sha256/<aa>/<bb>/<sha256>`, with uploads written to
 * `<root>/tmp` first (the same filesystem, so the final rename is atomic) and fsynced before they
 * get their name. A file that is there is therefore complete.
 */
export class LocalBlobStore implements BlobStore {
  readonly #temp: string;

  constructor(readonly root: string) {
    this.#temp = path.join(root, 'tmp');
  }

  /** Where a hash's file lives (operators and tests look at it; the name is validated first). */
  pathOf(sha256: string): string {
    assertSha256(sha256);
    return path.join(this.root, 'sha256', sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async put(source: Readable, options: PutOptions): Promise<PutResult> {
    // The source may fail (client gone) while the temp file is being opened: keep that error from
    // crashing the process; the pipeline below finds the stream errored and reports it.
    const holdError = () => undefined;
    source.on('error', holdError);
    try {
      return await this.#write(source, options);
    } finally {
      source.off('error', holdError);
    }
  }

  async #write(source: Readable, options: PutOptions): Promise<PutResult> {
    await mkdir(this.#temp, { recursive: true });
    const temp = path.join(this.#temp, `${randomUUID()}.part`);
    const hashing = new DigestStream(options.maxBytes);
    const file = await open(temp, 'wx', FILE_MODE);
    try {
      try {
        await pipeline(
          source,
          hashing,
          async (chunks: AsyncIterable<Buffer>) => {
            for await (const chunk of chunks) await file.write(chunk);
          },
          { signal: options.signal },
        );
        await file.sync();
      } finally {
        await file.close();
      }
      const digest = hashing.digest();
      const target = this.pathOf(digest.sha256);
      if (await this.has(digest.sha256)) {
        await rm(temp);
        return { ...digest, created: false };
      }
      await mkdir(path.dirname(target), { recursive: true });
      await rename(temp, target);
      await syncDirectory(path.dirname(target));
      return { ...digest, created: true };
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }

  async open(sha256: string): Promise<Readable> {
    const file = this.pathOf(sha256);
    try {
      return (await open(file, 'r')).createReadStream();
    } catch (error) {
      if (hasCode(error, 'ENOENT')) throw new AppError('NOT_FOUND', `证据文件不存在: ${sha256}`);
      throw error;
    }
  }

  async stat(sha256: string): Promise<{ size: number } | null> {
    try {
      return { size: (await stat(this.pathOf(sha256))).size };
    } catch (error) {
      if (hasCode(error, 'ENOENT')) return null;
      throw error;
    }
  }

  async has(sha256: string): Promise<boolean> {
    return (await this.stat(sha256)) !== null;
  }

  async sweep(olderThanMs: number): Promise<number> {
    let names: string[];
    try {
      names = await readdir(this.#temp);
    } catch (error) {
      if (hasCode(error, 'ENOENT')) return 0;
      throw error;
    }
    const cutoff = Date.now() - olderThanMs;
    let removed = 0;
    for (const name of names.filter((n) => n.endsWith('.part'))) {
      const file = path.join(this.#temp, name);
      try {
        if ((await stat(file)).mtimeMs >= cutoff) continue;
        await rm(file);
        removed += 1;
      } catch (error) {
        // An upload that finished or failed meanwhile has already taken its temp file away.
        if (!hasCode(error, 'ENOENT')) throw error;
      }
    }
    return removed;
  }
}
