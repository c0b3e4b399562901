import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fchmodSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { inspect } from 'node:util';
import { ConfigError } from '../config.ts';

/** One version of the field keys, named by the id stored in front of every value it encrypted. */
export interface KeyVersion {
  id: string;
  /** SM4 key, 16 bytes. */
  enc: Buffer;
  /** HMAC-SM3 key, 32 bytes. */
  mac: Buffer;
}

/** The key file and JIANDU_KEYS as JSON, so operators can read and back up what they hold. */
export interface KeyringSpec {
  active: string;
  keys: Record<string, { enc: string; mac: string }>;
  /** Blind-index key: never rotated, because every stored index would have to be recomputed. */
  index: string;
}

/** Where the keys came from, so `keys rotate` knows whether it can rewrite them. */
export type KeySource =
  | { kind: 'env' }
  | { kind: 'file'; path: string; created: boolean }
  | { kind: 'given' };

/** Thrown for a missing or malformed key source; a ConfigError so boot and the CLI report it alike. */
export class KeyringError extends ConfigError {
  constructor(origin: string, problems: string[]) {
    super(problems.map((p) => `${origin}: ${p}`));
    this.name = 'KeyringError';
  }
}

/**
 * The field keys of this process. Key bytes live in private fields and the object prints only ids,
 * so a keyring that ends up in a log line or an error report leaks nothing.
 */
export class Keyring {
  readonly #versions: ReadonlyMap<string, KeyVersion>;
  readonly #index: Buffer;

  constructor(
    readonly activeId: string,
    versions: KeyVersion[],
    index: Buffer,
    readonly source: KeySource,
  ) {
    this.#versions = new Map(versions.map((v) => [v.id, v]));
    this.#index = index;
  }

  get ids(): string[] {
    return [...this.#versions.keys()];
  }

  get active(): KeyVersion {
    return this.#versions.get(this.activeId)!;
  }

  get indexKey(): Buffer {
    return this.#index;
  }

  version(id: string): KeyVersion | undefined {
    return this.#versions.get(id);
  }

  toJSON() {
    return { activeId: this.activeId, ids: this.ids, source: this.source };
  }

  [inspect.custom]() {
    return `Keyring(${this.ids.join(',')}; active ${this.activeId})`;
  }
}

const KEY_ID = /^[A-Za-z0-9_-]{1,16}$/;
const HEX = /^[0-9a-fA-F]*$/;

function hexProblem(value: unknown, bytes: number, where: string): string | null {
  // The value itself is never echoed: it is key material.
  if (typeof value !== 'string') return `缺少 ${where} (须为 ${bytes * 2} 位十六进制字符串)`;
  if (!HEX.test(value) || value.length !== bytes * 2)
    return `${where} 须为 ${bytes * 2} 位十六进制字符串 (${bytes} 字节), 实际长度 ${value.length}`;
  return null;
}

/** Validates a spec and builds the keyring; tests use it directly, loaders after parsing JSON. */
export function createKeyring(
  spec: KeyringSpec,
  source: KeySource = { kind: 'given' },
  origin = '密钥配置',
): Keyring {
  const raw = spec as unknown as Record<string, unknown>;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new KeyringError(origin, ['须为 JSON 对象 {"active","keys","index"}']);
  const problems: string[] = [];
  for (const field of Object.keys(raw))
    if (!['active', 'keys', 'index'].includes(field)) problems.push(`未知字段 "${field}"`);
  const keys = raw.keys;
  const entries =
    typeof keys === 'object' && keys !== null && !Array.isArray(keys)
      ? Object.entries(keys as Record<string, unknown>)
      : [];
  if (!entries.length) problems.push('keys 须为非空对象, 如 {"k1":{"enc":"…","mac":"…"}}');
  for (const [id, key] of entries) {
    if (!KEY_ID.test(id)) problems.push(`密钥版本名 "${id}" 无效 (1–16 位字母、数字、_ 或 -)`);
    const k = (typeof key === 'object' && key !== null ? key : {}) as Record<string, unknown>;
    for (const p of [hexProblem(k.enc, 16, `keys.${id}.enc`), hexProblem(k.mac, 32, `keys.${id}.mac`)])
      if (p) problems.push(p);
  }
  if (typeof raw.active !== 'string') problems.push('缺少 active (当前使用的密钥版本名)');
  else if (entries.length && !entries.some(([id]) => id === raw.active))
    problems.push(`active 指定的密钥版本 "${raw.active}" 不在 keys 中`);
  const indexProblem = hexProblem(raw.index, 32, 'index');
  if (indexProblem) problems.push(indexProblem);
  if (problems.length) throw new KeyringError(origin, problems);
  const versions = Object.entries(spec.keys).map(([id, k]) => ({
    id,
    enc: Buffer.from(k.enc, 'hex'),
    mac: Buffer.from(k.mac, 'hex'),
  }));
  return new Keyring(spec.active, versions, Buffer.from(spec.index, 'hex'), source);
}

/** The file `npm start` creates on first run; production should point JIANDU_KEYS_FILE outside data/. */
export function defaultKeyFile(): string {
  return path.resolve(process.cwd(), 'data', 'keys.json');
}

/** The key file in use, or undefined when keys come from JIANDU_KEYS (which no command can rewrite). */
export function keyFilePath(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.JIANDU_KEYS) return undefined;
  return env.JIANDU_KEYS_FILE ? path.resolve(env.JIANDU_KEYS_FILE) : defaultKeyFile();
}

function parseSpec(text: string, origin: string): KeyringSpec {
  try {
    return JSON.parse(text) as KeyringSpec;
  } catch {
    // JSON.parse quotes the offending text in its message, which here would be key material.
    throw new KeyringError(origin, ['不是合法的 JSON']);
  }
}

/** Reads and validates a key file, returning the spec that `rotateKeyring` extends. */
function readSpec(file: string): KeyringSpec {
  const origin = `密钥文件 ${file}`;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new KeyringError(origin, [code === 'ENOENT' ? '文件不存在' : `无法读取 (${code})`]);
  }
  const spec = parseSpec(text, origin);
  createKeyring(spec, { kind: 'given' }, origin);
  return spec;
}

function readKeyFile(file: string, created: boolean): Keyring {
  return createKeyring(readSpec(file), { kind: 'file', path: file, created }, `密钥文件 ${file}`);
}

function randomHex(bytes: number): string {
  return randomBytes(bytes).toString('hex');
}

function freshVersion(): { enc: string; mac: string } {
  return { enc: randomHex(16), mac: randomHex(32) };
}

/**
 * Writes a whole file under a temporary name, then moves it into place, so a crash or a reader never
 * sees half a key file. `exclusive` links instead of renaming: when two nodes boot at once and both
 * create keys, the first link wins and the other fails with EEXIST instead of replacing it.
 */
function writeAtomically(file: string, text: string, exclusive: boolean): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const fd = openSync(temp, 'wx', 0o600);
  try {
    // The creation mode is filtered by the umask; this makes 0600 hold whatever the umask is.
    fchmodSync(fd, 0o600);
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    if (exclusive) linkSync(temp, file);
    else renameSync(temp, file);
  } finally {
    if (exclusive || existsSync(temp)) unlinkSync(temp);
  }
  const dir = openSync(path.dirname(file), 'r');
  try {
    fsyncSync(dir);
  } finally {
    closeSync(dir);
  }
}

/**
 * Loads the keyring from JIANDU_KEYS, else JIANDU_KEYS_FILE, else ./data/keys.json — creating that
 * default file (mode 0600) with fresh keys when nothing exists, so a demo starts without set-up.
 * An explicit JIANDU_KEYS_FILE that is missing is an error: fresh keys there would orphan the data.
 */
export function loadOrCreateKeyring(
  options: { env?: NodeJS.ProcessEnv; defaultFile?: string } = {},
): Keyring {
  const env = options.env ?? process.env;
  if (env.JIANDU_KEYS)
    return createKeyring(parseSpec(env.JIANDU_KEYS, 'JIANDU_KEYS'), { kind: 'env' }, 'JIANDU_KEYS');
  if (env.JIANDU_KEYS_FILE) return readKeyFile(path.resolve(env.JIANDU_KEYS_FILE), false);
  const file = options.defaultFile ?? defaultKeyFile();
  if (!existsSync(file)) {
    const spec: KeyringSpec = { active: 'k1', keys: { k1: freshVersion() }, index: randomHex(32) };
    try {
      writeAtomically(file, `${JSON.stringify(spec, null, 2)}\n`, true);
      return readKeyFile(file, true);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return readKeyFile(file, false);
}

/**
 * Adds a new key version to a key file and makes it active; older versions stay so existing
 * values still decrypt until `reencryptAll` has moved them. Returns the new version's id.
 */
export function rotateKeyring(file: string): string {
  const lock = `${file}.lock`;
  let fd: number;
  try {
    fd = openSync(lock, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    throw new KeyringError(`密钥文件 ${file}`, [`另一轮换正在进行 (若确认没有, 请删除 ${lock} 后重试)`]);
  }
  try {
    const spec = readSpec(file);
    const numbers = Object.keys(spec.keys)
      .map((id) => /^k(\d+)$/.exec(id)?.[1])
      .map(Number)
      .filter(Number.isFinite);
    let n = Math.max(0, ...numbers) + 1;
    while (spec.keys[`k${n}`]) n += 1;
    const id = `k${n}`;
    const next: KeyringSpec = { active: id, keys: { ...spec.keys, [id]: freshVersion() }, index: spec.index };
    writeAtomically(file, `${JSON.stringify(next, null, 2)}\n`, false);
    return id;
  } finally {
    closeSync(fd);
    unlinkSync(lock);
  }
}
