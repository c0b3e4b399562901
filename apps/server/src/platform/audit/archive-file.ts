import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type ChainCursor, type ChainRow, findProblem } from './chain.ts';

/** The environment variable holding the archive signing key (hex), shared by every node. */
export const ARCHIVE_KEY_ENV = 'JIANDU_AUDIT_ARCHIVE_KEY';

/** Where a single-node installation keeps its generated signing key when the variable is unset. */
export const DEFAULT_ARCHIVE_KEY_FILE = path.resolve('data', 'audit-archive.key');

function parseKey(hex: string, from: string): Buffer {
  const trimmed = hex.trim();
  if (!/^(?:[0-9a-fA-F]{2}){16,}$/.test(trimmed))
    throw new Error(`审计归档签名密钥 (${from}) 须为至少 32 位的十六进制字符串`);
  return Buffer.from(trimmed, 'hex');
}

/**
 * The HMAC-SM3 key for archives: from JIANDU_AUDIT_ARCHIVE_KEY, else from the key file, which is
 * created (32 random bytes, mode 0600) on first use so a fresh installation can archive at once.
 */
export async function readArchiveKey(
  options: { env?: NodeJS.ProcessEnv; keyFile?: string } = {},
): Promise<Buffer> {
  const fromEnv = (options.env ?? process.env)[ARCHIVE_KEY_ENV];
  if (fromEnv?.trim()) return parseKey(fromEnv, ARCHIVE_KEY_ENV);
  const file = options.keyFile ?? DEFAULT_ARCHIVE_KEY_FILE;
  await mkdir(path.dirname(file), { recursive: true });
  try {
    await writeFile(file, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    // Another process (or an earlier run) made it first: use that one.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return parseKey(await readFile(file, 'utf8'), file);
}

/** The last line of an archive: what it covers and the digests of everything above it. */
export interface ArchiveSignature {
  algorithm: 'SM3/HMAC-SM3';
  rows: number;
  fromSeq: number;
  throughSeq: number;
  /** `prev_hash` of the first row: the previous archive's `lastHash`, or 64 zeros. */
  anchorHash: string;
  lastHash: string;
  sm3: string;
  hmac: string;
}

/** Formats the signature line (with its newline) that closes an archive file. */
export function signArchive(input: Omit<ArchiveSignature, 'algorithm'>): string {
  const signature: ArchiveSignature = { algorithm: 'SM3/HMAC-SM3', ...input };
  return `${JSON.stringify({ signature })}\n`;
}

/** What checking an archive file found. */
export type ArchiveVerification =
  | { ok: true; rows: number; fromSeq: number; throughSeq: number; anchorHash: string; lastHash: string }
  | { ok: false; reason: string };

/** Splits on "\n" only, so a file rewritten with other line endings no longer matches its digest. */
async function* linesOf(file: string): AsyncGenerator<string> {
  let rest = '';
  for await (const chunk of createReadStream(file, { encoding: 'utf8' })) {
    const parts = (rest + chunk).split('\n');
    rest = parts.pop() ?? '';
    yield* parts;
  }
  if (rest) yield rest;
}

function sameHex(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}

/**
 * Checks an archive on its own: the SM3 and HMAC-SM3 of its body, the chain inside it, and that
 * the signature line describes the rows above it. Streams, so large archives are fine.
 */
export async function verifyArchive(
  file: string,
  options: { key?: Buffer } = {},
): Promise<ArchiveVerification> {
  const key = options.key ?? (await readArchiveKey());
  const body = createHash('sm3');
  const mac = createHmac('sm3', key);
  let cursor: ChainCursor | undefined;
  let first: ChainRow | undefined;
  let chainProblem: string | undefined;
  let rows = 0;
  let pending: string | undefined;
  // Parses and checks one body line against the chain so far; returns the first problem.
  const step = (line: string, number: number): string | undefined => {
    let row: ChainRow;
    try {
      row = JSON.parse(line) as ChainRow;
    } catch {
      return `归档文件第${number}行不是有效的 JSON`;
    }
    first ??= row;
    cursor ??= { seq: row.seq, prevHash: row.prev_hash };
    const problem = findProblem(cursor, row);
    cursor = { seq: row.seq + 1, prevHash: row.hash };
    return problem?.message;
  };
  for await (const line of linesOf(file)) {
    if (pending !== undefined) {
      body.update(`${pending}\n`);
      mac.update(`${pending}\n`);
      rows += 1;
      if (!chainProblem) chainProblem = step(pending, rows);
    }
    pending = line;
  }
  let signature: ArchiveSignature | undefined;
  try {
    signature = (JSON.parse(pending ?? '') as { signature?: ArchiveSignature }).signature;
  } catch {}
  if (!signature) return { ok: false, reason: '归档文件缺少签名行' };
  if (signature.sm3 !== body.digest('hex')) return { ok: false, reason: '归档文件内容被修改 (SM3 摘要不符)' };
  if (!sameHex(signature.hmac, mac.digest('hex')))
    return { ok: false, reason: '归档文件签名无效 (HMAC-SM3 不符: 密钥不同或文件被伪造)' };
  if (chainProblem) return { ok: false, reason: chainProblem };
  const described =
    first !== undefined &&
    cursor !== undefined &&
    signature.rows === rows &&
    signature.fromSeq === first.seq &&
    signature.throughSeq === cursor.seq - 1 &&
    signature.anchorHash === first.prev_hash &&
    signature.lastHash === cursor.prevHash;
  if (!described) return { ok: false, reason: '归档文件签名行与其中的记录不符' };
  const { fromSeq, throughSeq, anchorHash, lastHash } = signature;
  return { ok: true, rows, fromSeq, throughSeq, anchorHash, lastHash };
}
