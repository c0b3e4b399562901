import { randomInt, timingSafeEqual } from 'node:crypto';
import { keyedDigest } from '../../platform/crypto/field-cipher.ts';
import type { Keyring } from '../../platform/crypto/keyring.ts';
import { newId } from '../../platform/ids.ts';

/** A question for a person, and the signed token that carries its answer's digest. */
export interface Challenge {
  question: string;
  svg: string;
  token: string;
  expiresAt: string;
}

/** A checked token: its id (to spend it once) and when it expires. */
export interface CheckedChallenge {
  id: string;
  expiresAt: string;
}

const sign = (keyring: Keyring, payload: string) => keyedDigest(keyring, payload, 'complaint_challenge');

/**
 * An arithmetic question (as text and as an SVG picture) with a token signed by HMAC under the
 * server's index key: the token holds an id, the expiry and a keyed digest of id and answer, so
 * the server keeps nothing until the token is spent and no outside service is needed.
 */
export function createChallenge(keyring: Keyring, ttlSeconds: number, now = Date.now()): Challenge {
  const a = randomInt(2, 20);
  const b = randomInt(2, 10);
  const plus = randomInt(0, 2) === 0;
  const [x, y] = plus || a >= b ? [a, b] : [b, a];
  const answer = plus ? x + y : x - y;
  const question = `${x} ${plus ? '+' : '-'} ${y} = ?`;
  const id = newId();
  const expiresAt = new Date(now + ttlSeconds * 1000).toISOString();
  const payload = Buffer.from(
    JSON.stringify({ id, exp: expiresAt, a: sign(keyring, `${id}:${answer}`) }),
  ).toString('base64url');
  return { question, svg: svgOf(question), token: `${payload}.${sign(keyring, payload)}`, expiresAt };
}

/** The token's id when it is genuine, unexpired and the answer is right; otherwise null. */
export function checkChallenge(
  keyring: Keyring,
  token: string,
  answer: number,
  now = Date.now(),
): CheckedChallenge | null {
  const [payload, signature] = token.split('.');
  if (!payload || !signature || !same(signature, sign(keyring, payload))) return null;
  let body: { id?: unknown; exp?: unknown; a?: unknown };
  try {
    body = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (typeof body.id !== 'string' || typeof body.exp !== 'string' || typeof body.a !== 'string') return null;
  if (Date.parse(body.exp) <= now) return null;
  if (!same(body.a, sign(keyring, `${body.id}:${answer}`))) return null;
  return { id: body.id, expiresAt: body.exp };
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The question drawn with a little noise, for readers who prefer a picture. */
function svgOf(question: string): string {
  const lines = Array.from({ length: 4 }, () => {
    const [x1, y1, x2, y2] = [randomInt(0, 160), randomInt(0, 48), randomInt(0, 160), randomInt(0, 48)];
    return `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="#9ca3af" stroke-width="1"/>`;
  }).join('');
  const text = question.replace(/[<>&]/g, '');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="160" height="48" role="img" aria-label="${text}">${lines}<text x="16" y="32" font-family="monospace" font-size="24" fill="#111827">${text}</text></svg>`;
}
