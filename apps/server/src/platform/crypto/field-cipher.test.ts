import { createCipheriv, createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  blindIndex,
  decryptField,
  encryptField,
  FieldCipherError,
  keyIdOf,
  needsRotation,
} from './field-cipher.ts';
import { createKeyring, type Keyring } from './keyring.ts';

const hex = (bytes: number) => randomBytes(bytes).toString('hex');
const K1 = { enc: hex(16), mac: hex(32) };
const K2 = { enc: hex(16), mac: hex(32) };
const INDEX = hex(32);
const underK1 = createKeyring({ active: 'k1', keys: { k1: K1 }, index: INDEX });
const rotated = createKeyring({ active: 'k2', keys: { k1: K1, k2: K2 }, index: INDEX });

const ID = '210102199003071234';

function failure(keyring: Keyring, stored: string): FieldCipherError {
  try {
    decryptField(keyring, stored);
  } catch (error) {
    expect(error).toBeInstanceOf(FieldCipherError);
    expect((error as Error).message).not.toContain(ID);
    return error as FieldCipherError;
  }
  throw new Error(`expected ${stored} to be refused`);
}

/** Every variant of `stored` with one byte of part `index` flipped. */
function flips(stored: string, index: number): string[] {
  const parts = stored.split('.');
  const bytes = Buffer.from(parts[index]!, 'base64url');
  return [...bytes.keys()].map((i) => {
    const copy = Buffer.from(bytes);
    copy[i]! ^= 0x01;
    return parts.map((p, j) => (j === index ? copy.toString('base64url') : p)).join('.');
  });
}

describe('the national algorithms in this Node build', () => {
  it('computes SM3 ("abc") as in GB/T 32905', () => {
    expect(createHash('sm3').update('abc').digest('hex')).toBe(
      '66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0',
    );
  });

  it('computes the SM4 example of GB/T 32907', () => {
    const block = Buffer.from('0123456789abcdeffedcba9876543210', 'hex');
    const cipher = createCipheriv('sm4-ecb', block, null).setAutoPadding(false);
    expect(Buffer.concat([cipher.update(block), cipher.final()]).toString('hex')).toBe(
      '681edf34d206965e86b3e94f536e4246',
    );
  });
});

describe('encryptField / decryptField', () => {
  it('round-trips Chinese text, the empty string and long values', () => {
    for (const text of ['辽宁省沈阳市和平区南京北街100号', '', ID, '𠮷'.repeat(500)])
      expect(decryptField(underK1, encryptField(underK1, text))).toBe(text);
  });

  it('stores v1.<key id>.<iv>.<ciphertext>.<mac> with no plaintext in sight', () => {
    const stored = encryptField(underK1, ID);
    expect(stored).toMatch(/^v1\.k1\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}\.[A-Za-z0-9_-]{43}$/);
    expect(stored).not.toContain(ID);
    expect(keyIdOf(stored)).toBe('k1');
  });

  it('gives a different ciphertext each time (random IV)', () => {
    const a = encryptField(underK1, ID);
    const b = encryptField(underK1, ID);
    expect(a).not.toBe(b);
    expect(a.split('.')[3]).not.toBe(b.split('.')[3]);
  });

  it('refuses any flipped byte of the IV, the ciphertext or the MAC', () => {
    const stored = encryptField(underK1, ID);
    for (const [index, bytes] of [
      [2, 16],
      [3, 32],
      [4, 32],
    ] as const) {
      const variants = flips(stored, index);
      expect(variants).toHaveLength(bytes);
      for (const v of variants) expect(failure(underK1, v).reason).toBe('integrity');
    }
  });

  it('refuses a changed key id, whether or not that key exists', () => {
    const stored = encryptField(underK1, ID);
    expect(failure(rotated, stored.replace('.k1.', '.k2.')).reason).toBe('integrity');
    const unknown = failure(rotated, stored.replace('.k1.', '.k7.'));
    expect(unknown.reason).toBe('unknown_key');
    expect(unknown.message).toContain('"k7" 不在密钥环中');
  });

  it('refuses malformed values with a format error', () => {
    const stored = encryptField(underK1, ID);
    const [, , iv, ct, mac] = stored.split('.');
    for (const bad of [
      '',
      ID,
      stored.replace(/^v1/, 'v2'),
      `${stored}.x`,
      `v1..${iv}.${ct}.${mac}`,
      `v1.k1.${iv}.${ct}.${mac}=`,
      `v1.k1.${iv}.${ct!.slice(0, -2)}.${mac}`,
      `v1.k1.${iv!.slice(1)}.${ct}.${mac}`,
    ])
      expect(failure(underK1, bad).reason).toBe('format');
  });
});

describe('rotation', () => {
  it('still reads values under k1 once k2 is active, and flags them for re-encryption', () => {
    const old = encryptField(underK1, ID);
    expect(decryptField(rotated, old)).toBe(ID);
    expect(needsRotation(rotated, old)).toBe(true);
    const fresh = encryptField(rotated, ID);
    expect(keyIdOf(fresh)).toBe('k2');
    expect(needsRotation(rotated, fresh)).toBe(false);
    expect(failure(underK1, fresh).reason).toBe('unknown_key');
  });
});

describe('blindIndex', () => {
  it('is deterministic, keyed, and independent of the field key version', () => {
    const index = blindIndex(underK1, ID, 'id_number');
    expect(index).toMatch(/^[0-9a-f]{64}$/);
    expect(blindIndex(rotated, ID, 'id_number')).toBe(index);
    const otherIndexKey = createKeyring({ active: 'k1', keys: { k1: K1 }, index: hex(32) });
    expect(blindIndex(otherIndexKey, ID, 'id_number')).not.toBe(index);
    expect(createHash('sm3').update(`id_number:${ID}`).digest('hex')).not.toBe(index);
  });

  it('differs by purpose', () => {
    expect(blindIndex(underK1, '13812345678', 'phone')).not.toBe(
      blindIndex(underK1, '13812345678', 'id_number'),
    );
  });

  it('finds an ID number however its check letter and spacing were typed', () => {
    const upper = blindIndex(underK1, '21010219900307123X', 'id_number');
    expect(blindIndex(underK1, '21010219900307123x', 'id_number')).toBe(upper);
    expect(blindIndex(underK1, ' 21010219900307123x\n', 'id_number')).toBe(upper);
    expect(blindIndex(underK1, '２１０１０２１９９００３０７１２３Ｘ', 'id_number')).toBe(upper);
    expect(blindIndex(underK1, '210102199003071231', 'id_number')).not.toBe(upper);
  });

  it('refuses a purpose that could collide with another namespace', () => {
    expect(() => blindIndex(underK1, ID, 'id:number')).toThrow('盲索引用途名无效');
  });
});
