import { hash, verify } from '@node-rs/argon2';

/** argon2id parameters (OWASP's minimum for argon2id: 19 MiB, 2 passes, 1 lane). */
const ARGON2 = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Hashes a password with argon2id; the result carries its own salt and parameters. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

/** Checks a password against an argon2id hash; false on any mismatch or malformed hash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** The two password policies: the 等保 practice (default) and OWASP ASVS 5.0. */
export type PasswordProfile = 'dengbao' | 'asvs';

/** What each profile demands. */
export const PASSWORD_RULES: Record<
  PasswordProfile,
  {
    minLength: number;
    minClasses: number;
    maxAgeDays: number | null;
    history: number;
    changeAtFirstLogin: boolean;
  }
> = {
  dengbao: { minLength: 8, minClasses: 3, maxAgeDays: 90, history: 5, changeAtFirstLogin: true },
  // ASVS 5.0: no composition rules and no periodic rotation (V6.2.5, V6.2.10); length does the work.
  asvs: { minLength: 12, minClasses: 0, maxAgeDays: null, history: 5, changeAtFirstLogin: true },
};

const MAX_LENGTH = 128;

// A short list of the passwords people pick most; ASVS asks that such passwords be refused.
const COMMON = new Set(
  [
    '123456',
    '12345678',
    '123456789',
    '1234567890',
    'password',
    'password1',
    'qwerty',
    'qwerty123',
    'abc123',
    '111111',
    '000000',
    '888888',
    '666666',
    'a123456',
    'a12345678',
    'aa123456',
    'admin',
    'admin123',
    'admin@123',
    'root',
    'root123',
    'iloveyou',
    '123qwe',
    'qwe123',
    '1qaz2wsx',
    '1q2w3e4r',
    'zaq12wsx',
    'passw0rd',
    'p@ssw0rd',
    'p@ssword',
    'welcome',
    'welcome1',
    'abc@123',
    'abcd1234',
    'test123',
    'woaini',
    'woaini1314',
    '5201314',
    'password@123',
    'admin@1234',
    'Aa123456',
    'Abc@1234',
    'Abcd@1234',
    'Admin@123',
    'Qwer@1234',
    'P@ssw0rd',
  ].map((p) => p.toLowerCase()),
);

/** Words that must not make up a password: the product, the province, and the user's own names. */
const CONTEXT_WORDS = ['jiandu', 'liaoning', 'sifa', 'zhifa'];

function classes(password: string): number {
  return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
}

/**
 * Lists, in Chinese, every way a new password breaks the profile; an empty list means it is
 * acceptable. Reuse of recent passwords is checked separately against the stored history.
 */
export function passwordProblems(
  password: string,
  profile: PasswordProfile,
  context: { username: string; displayName?: string },
): string[] {
  const rules = PASSWORD_RULES[profile];
  const problems: string[] = [];
  if (password.length < rules.minLength) problems.push(`密码长度至少${rules.minLength}位`);
  if (password.length > MAX_LENGTH) problems.push(`密码长度不能超过${MAX_LENGTH}位`);
  if (rules.minClasses > 0 && classes(password) < rules.minClasses) {
    problems.push(`密码须包含大写字母、小写字母、数字、特殊字符中的至少${rules.minClasses}类`);
  }
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) problems.push('密码过于常见, 请换一个');
  const words = [...CONTEXT_WORDS, context.username.toLowerCase()].filter((w) => w.length >= 4);
  if (words.some((w) => lower.includes(w))) problems.push('密码不能包含用户名或系统名称');
  return problems;
}

/** True when a password set at `changedAt` has outlived the profile's maximum age. */
export function passwordExpired(
  profile: PasswordProfile,
  changedAt: string,
  now: Date = new Date(),
): boolean {
  const maxAge = PASSWORD_RULES[profile].maxAgeDays;
  return maxAge !== null && now.getTime() - Date.parse(changedAt) > maxAge * 86_400_000;
}
