import type { FastifyInstance, FastifyReply } from 'fastify';
import { sendProblem } from './problem.ts';

/** One limit: which requests it counts and how many a client may make per window. */
export interface RateLimitRule {
  name: string;
  matches: (method: string, url: string) => boolean;
  limit: number;
  windowMs: number;
}

interface Window {
  count: number;
  resetAt: number;
}

/**
 * Fixed-window counters per client address, kept in this node's memory. Behind a load balancer
 * with N nodes a client gets at most N × limit; that is the accepted trade for not putting a
 * write on the database in front of every anonymous request.
 */
export class RateLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly rules: RateLimitRule[],
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts the request; returns the rule it broke and when to retry, or the remaining allowance. */
  hit(
    method: string,
    url: string,
    client: string,
  ): { rule: RateLimitRule; remaining: number; resetAt: number; limited: boolean } | null {
    const rule = this.rules.find((r) => r.matches(method, url));
    if (!rule) return null;
    const now = this.now();
    const key = `${rule.name}\u0000${client}`;
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      if (this.windows.size > 50_000) this.prune(now);
      window = { count: 0, resetAt: now + rule.windowMs };
      this.windows.set(key, window);
    }
    window.count += 1;
    return {
      rule,
      remaining: Math.max(0, rule.limit - window.count),
      resetAt: window.resetAt,
      limited: window.count > rule.limit,
    };
  }

  private prune(now: number): void {
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
  }
}

/** The limits Jiandu applies: the public API (portal, certificate checks, QR codes) and password sign-in. */
export function defaultRules(limits: { publicPerMinute: number; loginPerMinute: number }): RateLimitRule[] {
  return [
    {
      name: 'public',
      matches: (_method, url) => url.startsWith('/api/public/'),
      limit: limits.publicPerMinute,
      windowMs: 60_000,
    },
    {
      name: 'login',
      matches: (method, url) => method === 'POST' && url.startsWith('/api/auth/login'),
      limit: limits.loginPerMinute,
      windowMs: 60_000,
    },
  ];
}

function setHeaders(reply: FastifyReply, limit: number, remaining: number, resetSeconds: number): void {
  reply.header('ratelimit-limit', limit);
  reply.header('ratelimit-remaining', remaining);
  reply.header('ratelimit-reset', resetSeconds);
}

/** Answers 429 with a Chinese problem and Retry-After once a client exceeds a rule. */
export function installRateLimits(app: FastifyInstance, limiter: RateLimiter): void {
  app.addHook('onRequest', async (request, reply) => {
    const result = limiter.hit(request.method, request.url, request.ip);
    if (!result) return;
    const resetSeconds = Math.max(1, Math.ceil((result.resetAt - Date.now()) / 1000));
    setHeaders(reply, result.rule.limit, result.remaining, resetSeconds);
    if (!result.limited) return;
    reply.header('retry-after', resetSeconds);
    return sendProblem(request, reply, 'RATE_LIMITED', `请求过于频繁, 请在 ${resetSeconds} 秒后再试`);
  });
}
