import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { SourceActor, UserActor } from '../authz/actor.ts';
import { hasPermission } from '../authz/actor.ts';
import { AppError } from '../errors.ts';
import type { RouteAccess } from './route-access.ts';

/** Name of the console session cookie. */
export const SESSION_COOKIE = 'jiandu_session';

/** Header carrying the CSRF token on cookie-authenticated changes. */
export const CSRF_HEADER = 'x-csrf-token';

/** Where the guard turns tokens into actors; the identity module supplies it. */
export interface Authenticator {
  /** The session's user, or null when the token is unknown, ended or timed out. */
  userFromSession(
    token: string,
    meta: { ip: string; userAgent: string | null; passive?: boolean },
  ): Promise<UserActor | null>;
  /** The source system, or null when the token is unknown or revoked. */
  sourceFromToken(token: string, meta: { ip: string }): Promise<SourceActor | null>;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Reads one cookie from the Cookie header. */
export function readCookie(request: FastifyRequest, name: string): string | null {
  const header = request.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

/** Sets the session cookie: HttpOnly, SameSite=Strict, Secure when the request came over TLS. */
export function setSessionCookie(reply: FastifyReply, request: FastifyRequest, token: string): void {
  const secure = request.protocol === 'https' ? '; Secure' : '';
  reply.header(
    'set-cookie',
    `${SESSION_COOKIE}=${encodeURIComponent(token)}; Path=/; HttpOnly; SameSite=Strict${secure}`,
  );
}

/** Clears the session cookie. */
export function clearSessionCookie(reply: FastifyReply, request: FastifyRequest): void {
  const secure = request.protocol === 'https' ? '; Secure' : '';
  reply.header('set-cookie', `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0${secure}`);
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

async function authenticateUser(
  request: FastifyRequest,
  auth: Authenticator,
  access: RouteAccess,
): Promise<UserActor> {
  const token = readCookie(request, SESSION_COOKIE);
  const actor = token
    ? await auth.userFromSession(token, {
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
        passive: request.routeOptions.config.passive === true,
      })
    : null;
  if (!actor) throw new AppError('UNAUTHENTICATED', '未登录或登录已超时, 请重新登录');
  if (!SAFE_METHODS.has(request.method)) {
    const sent = request.headers[CSRF_HEADER];
    if (typeof sent !== 'string' || !sameToken(sent, actor.csrfToken)) {
      throw new AppError('CSRF_FAILED', '请求缺少有效的 CSRF 令牌, 请刷新页面后重试');
    }
  }
  if (access !== 'sign-in' && actor.stage !== 'active') {
    const next = { mfa: '请先完成双因素认证', enrol: '请先绑定动态验证码', password: '请先修改密码' }[
      actor.stage
    ];
    throw new AppError('SIGN_IN_INCOMPLETE', next, { stage: actor.stage });
  }
  if (typeof access === 'object' && !hasPermission(actor, access.permission)) {
    throw new AppError('FORBIDDEN', '您没有执行此操作的权限', { permission: access.permission });
  }
  return actor;
}

/**
 * Authenticates and authorises every request by its route's declared access, before the body is
 * read. A route without a declaration is refused.
 */
export function installGuard(app: FastifyInstance, auth: Authenticator): void {
  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config?.access;
    if (!request.routeOptions.url) return; // unmatched: the 404 handler answers
    if (access === undefined) {
      if (request.routeOptions.url.startsWith('/api/docs')) return;
      throw new AppError('FORBIDDEN', '该接口未声明访问权限');
    }
    if (access === 'public') return;
    if (access === 'source') {
      const header = request.headers.authorization ?? '';
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      const actor = match ? await auth.sourceFromToken(match[1]!, { ip: request.ip }) : null;
      if (!actor) throw new AppError('UNAUTHENTICATED', '缺少或无效的数据来源系统令牌');
      request.actor = actor;
      return;
    }
    request.actor = await authenticateUser(request, auth, access);
  });
}

/** The signed-in user of a request whose route requires one (a programming error otherwise). */
export function userOf(request: FastifyRequest): UserActor {
  if (request.actor?.kind !== 'user') throw new AppError('UNAUTHENTICATED', '未登录或登录已超时, 请重新登录');
  return request.actor;
}

/** The source system of a request on a `source` route. */
export function sourceOf(request: FastifyRequest): SourceActor {
  if (request.actor?.kind !== 'source') throw new AppError('UNAUTHENTICATED', '缺少或无效的数据来源系统令牌');
  return request.actor;
}
