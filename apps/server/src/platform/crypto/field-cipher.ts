/*
 * Personal data at rest: SM4-CBC with a random IV, then HMAC-SM3 over everything stored before the
 * MAC (encrypt-then-MAC, because OpenSSL has no SM4-GCM). A value reads
 * `v1.<keyId>.<base64url iv>.<base64url ciphertext>.<base64url mac>`; the key id lets keys rotate.
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Keyring } from './keyring.ts';

const VERSION = 'v1';
const IV_BYTES = 16;
const MAC_BYTES = 32;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** Why a stored value was refused, so callers can tell corruption from a missing key. */
export type FieldCipherFailure = 'format' | 'unknown_key' | 'integrity';

/** Thrown when a stored value cannot be trusted or read; the message never carries the plaintext. */
export class FieldCipherError extends Error {
  constructor(
    readonly reason: FieldCipherFailure,
    message: string,
  ) {
    super(message);
    this.name = 'FieldCipherError';
  }
}

interface Parsed {
  keyId: string;
  /** The stored text the MAC covers, byte for byte. */
  authenticated: string;
  iv: Buffer;
  ciphertext: Buffer;
  mac: Buffer;
}

function parse(stored: string): Parsed {
  const parts = typeof stored === 'string' ? stored.split('.') : [];
  const [version, keyId, iv, ciphertext, mac] = parts;
  if (parts.length !== 5 || version !== VERSION)
    throw new FieldCipherError('format', `加密字段格式错误: 须为 ${VERSION}.密钥版本.IV.密文.MAC 五段`);
  if (!keyId || ![iv, ciphertext, mac].every((p) => p && BASE64URL.test(p)))
    throw new FieldCipherError('format', '加密字段格式错误: 密钥版本为空或含非 base64url 字符');
  const parsed = {
    keyId,
    authenticated: `${version}.${keyId}.${iv}.${ciphertext}`,
    iv: Buffer.from(iv!, 'base64url'),
    ciphertext: Buffer.from(ciphertext!, 'base64url'),
    mac: Buffer.from(mac!, 'base64url'),
  };
  if (parsed.iv.length !== IV_BYTES || parsed.mac.length !== MAC_BYTES)
    throw new FieldCipherError('format', '加密字段格式错误: IV 或 MAC 长度不符');
  if (parsed.ciphertext.length === 0 || parsed.ciphertext.length % 16 !== 0)
    throw new FieldCipherError('format', '加密字段格式错误: 密文长度不是分组长度的整数倍');
  return parsed;
}

function hmacSm3(key: Buffer, data: string): Buffer {
  return createHmac('sm3', key).update(data, 'utf8').digest();
}

/** Encrypts one personal-data value under the active key, for storing in a column. */
export function encryptField(keyring: Keyring, plaintext: string): string {
  const key = keyring.active;
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('sm4-cbc', key.enc, iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const authenticated = `${VERSION}.${key.id}.${iv.toString('base64url')}.${ciphertext.toString('base64url')}`;
  return `${authenticated}.${hmacSm3(key.mac, authenticated).toString('base64url')}`;
}

/** Verifies and decrypts a stored value under whichever key version it names. */
export function decryptField(keyring: Keyring, stored: string): string {
  const parsed = parse(stored);
  const key = keyring.version(parsed.keyId);
  if (!key)
    throw new FieldCipherError(
      'unknown_key',
      `加密字段使用的密钥版本 "${parsed.keyId}" 不在密钥环中 (现有: ${keyring.ids.join(', ')})`,
    );
  // The MAC is checked before any decryption, so a forged value never reaches the cipher.
  if (!timingSafeEqual(hmacSm3(key.mac, parsed.authenticated), parsed.mac))
    throw new FieldCipherError('integrity', `加密字段完整性校验失败 (密钥版本 ${key.id}): 数据被篡改或损坏`);
  try {
    const decipher = createDecipheriv('sm4-cbc', key.enc, parsed.iv);
    return Buffer.concat([decipher.update(parsed.ciphertext), decipher.final()]).toString('utf8');
  } catch {
    // Only reachable when the MAC verified but the key pair does not match: a broken key file.
    throw new FieldCipherError(
      'integrity',
      `加密字段解密失败 (密钥版本 ${key.id}): 加密密钥与校验密钥不匹配`,
    );
  }
}

/** The key version a stored value was encrypted under, without decrypting it. */
export function keyIdOf(stored: string): string {
  return parse(stored).keyId;
}

/** True when a stored value should be re-encrypted because it is not under the active key. */
export function needsRotation(keyring: Keyring, stored: string): boolean {
  return keyIdOf(stored) !== keyring.activeId;
}

/** How each purpose normalises input, so the same person is found however the value was typed. */
const NORMALISE: Record<string, (value: string) => string> = {
  id_number: (v) => v.toUpperCase(),
  phone: (v) => v.replace(/[\s-]/g, ''),
};

/**
 * A keyed, deterministic digest for exact lookup of an encrypted value (e.g. by ID number) without
 * decrypting every row. `purpose` namespaces it, so an ID number and a phone with the same digits
 * never share an index. Its key never rotates: that would mean recomputing every stored index.
 */
export function blindIndex(keyring: Keyring, value: string, purpose: string): string {
  if (!/^[a-z][a-z0-9_]*$/.test(purpose)) throw new Error(`盲索引用途名无效: ${purpose}`);
  // NFKC folds full-width digits and letters (１２３Ｘ) that Chinese input methods produce.
  const trimmed = value.normalize('NFKC').trim();
  const normalised = NORMALISE[purpose]?.(trimmed) ?? trimmed;
  return createHmac('sm3', keyring.indexKey).update(`${purpose}:${normalised}`, 'utf8').digest('hex');
}

/**
 * A keyed digest (HMAC-SM3 under the index key) of a long value such as a whole record, so equal
 * content can be recognised without storing a hash that could be brute-forced from personal data.
 * Unlike `blindIndex` it does not normalise: the caller passes a canonical form.
 */
export function keyedDigest(keyring: Keyring, value: string, purpose: string): string {
  if (!/^[a-z][a-z0-9_]*$/.test(purpose)) throw new Error(`摘要用途名无效: ${purpose}`);
  return createHmac('sm3', keyring.indexKey)
    .update(`${purpose}:`, 'utf8')
    .update(value, 'utf8')
    .digest('hex');
}
