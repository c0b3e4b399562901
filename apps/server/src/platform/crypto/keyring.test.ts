import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../config.ts';
import {
  createKeyring,
  KeyringError,
  type KeyringSpec,
  loadOrCreateKeyring,
  rotateKeyring,
} from './keyring.ts';

const hex = (bytes: number) => randomBytes(bytes).toString('hex');

function spec(overrides: Partial<KeyringSpec> = {}): KeyringSpec {
  return { active: 'k1', keys: { k1: { enc: hex(16), mac: hex(32) } }, index: hex(32), ...overrides };
}

function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'jiandu-keys-'));
}

/** The error thrown by `work`, which must be a KeyringError. */
function keyringError(work: () => unknown): KeyringError {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(KeyringError);
    return error as KeyringError;
  }
  throw new Error('expected a KeyringError');
}

describe('createKeyring', () => {
  it('holds every version and the active one', () => {
    const s = spec({ active: 'k2', keys: { k1: spec().keys.k1!, k2: { enc: hex(16), mac: hex(32) } } });
    const keyring = createKeyring(s);
    expect(keyring.ids).toEqual(['k1', 'k2']);
    expect(keyring.active.id).toBe('k2');
    expect(keyring.active.enc.toString('hex')).toBe(s.keys.k2!.enc);
    expect(keyring.version('k1')?.mac.toString('hex')).toBe(s.keys.k1!.mac);
    expect(keyring.indexKey.toString('hex')).toBe(s.index);
  });

  it('never shows key bytes when logged or serialised', () => {
    const s = spec();
    const keyring = createKeyring(s);
    for (const shown of [JSON.stringify(keyring), inspect(keyring), String(Object.values(keyring))]) {
      expect(shown).not.toContain(s.keys.k1!.enc);
      expect(shown).not.toContain(s.keys.k1!.mac);
      expect(shown).not.toContain(s.index);
    }
  });

  it('names each problem in Chinese, without echoing key material', () => {
    const bad = spec({ active: 'k9', index: 'zz', keys: { k1: { enc: 'abcd', mac: hex(32) } } });
    const error = keyringError(() => createKeyring(bad));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.problems).toEqual([
      '密钥配置: keys.k1.enc 须为 32 位十六进制字符串 (16 字节), 实际长度 4',
      '密钥配置: active 指定的密钥版本 "k9" 不在 keys 中',
      '密钥配置: index 须为 64 位十六进制字符串 (32 字节), 实际长度 2',
    ]);
    expect(error.message).not.toContain(bad.keys.k1!.mac);
  });

  it('refuses a missing MAC key, an empty key list, a bad key id and unknown fields', () => {
    const noMac = keyringError(() => createKeyring(spec({ keys: { k1: { enc: hex(16) } as never } })));
    expect(noMac.message).toContain('缺少 keys.k1.mac');
    expect(keyringError(() => createKeyring(spec({ keys: {} }))).message).toContain('keys 须为非空对象');
    const dotted = { active: 'k.1', keys: { 'k.1': { enc: hex(16), mac: hex(32) } }, index: hex(32) };
    expect(keyringError(() => createKeyring(dotted)).message).toContain('密钥版本名 "k.1" 无效');
    const typo = { ...spec(), activ: 'k1' } as KeyringSpec;
    expect(keyringError(() => createKeyring(typo)).message).toContain('未知字段 "activ"');
  });
});

describe('loadOrCreateKeyring', () => {
  it('creates the default file with mode 0600 when no key source exists, then reuses it', () => {
    const file = path.join(tempDir(), 'data', 'keys.json');
    const created = loadOrCreateKeyring({ env: {}, defaultFile: file });
    expect(created.source).toEqual({ kind: 'file', path: file, created: true });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(created.ids).toEqual(['k1']);
    const again = loadOrCreateKeyring({ env: {}, defaultFile: file });
    expect(again.source).toMatchObject({ created: false });
    expect(again.active.enc.equals(created.active.enc)).toBe(true);
    expect(readdirSync(path.dirname(file))).toEqual(['keys.json']);
  });

  it('prefers JIANDU_KEYS over any file', () => {
    const s = spec();
    const keyring = loadOrCreateKeyring({
      env: { JIANDU_KEYS: JSON.stringify(s), JIANDU_KEYS_FILE: '/nonexistent/keys.json' },
    });
    expect(keyring.source).toEqual({ kind: 'env' });
    expect(keyring.indexKey.toString('hex')).toBe(s.index);
  });

  it('reads JIANDU_KEYS_FILE, and refuses to invent keys when that file is missing', () => {
    const dir = tempDir();
    const file = path.join(dir, 'keys.json');
    writeFileSync(file, JSON.stringify(spec()));
    expect(loadOrCreateKeyring({ env: { JIANDU_KEYS_FILE: file } }).source).toMatchObject({ path: file });
    const missing = path.join(dir, 'missing.json');
    const error = keyringError(() => loadOrCreateKeyring({ env: { JIANDU_KEYS_FILE: missing } }));
    expect(error.message).toContain(`密钥文件 ${missing}: 文件不存在`);
  });

  it('reports malformed JSON in Chinese without quoting the text', () => {
    const secret = hex(16);
    const error = keyringError(() => loadOrCreateKeyring({ env: { JIANDU_KEYS: `{"index":"${secret}",` } }));
    expect(error.message).toContain('JIANDU_KEYS: 不是合法的 JSON');
    expect(error.message).not.toContain(secret);
  });
});

describe('rotateKeyring', () => {
  it('adds k2, makes it active, keeps k1 and the index key, and keeps mode 0600', () => {
    const dir = tempDir();
    const file = path.join(dir, 'keys.json');
    const before = loadOrCreateKeyring({ env: {}, defaultFile: file });
    expect(rotateKeyring(file)).toBe('k2');
    const after = loadOrCreateKeyring({ env: { JIANDU_KEYS_FILE: file } });
    expect(after.ids).toEqual(['k1', 'k2']);
    expect(after.activeId).toBe('k2');
    expect(after.version('k1')!.enc.equals(before.active.enc)).toBe(true);
    expect(after.active.enc.equals(before.active.enc)).toBe(false);
    expect(after.indexKey.equals(before.indexKey)).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(rotateKeyring(file)).toBe('k3');
    expect(readdirSync(dir)).toEqual(['keys.json']);
  });

  it('leaves an invalid file untouched', () => {
    const file = path.join(tempDir(), 'keys.json');
    writeFileSync(file, '{"active":"k1"}');
    expect(() => rotateKeyring(file)).toThrow(KeyringError);
    expect(readFileSync(file, 'utf8')).toBe('{"active":"k1"}');
  });
});
