import {
  LoginEventSchema,
  LoginRequestSchema,
  OtpRequestSchema,
  PasswordChangeSchema,
  RecoveryCodesSchema,
  SessionInfoSchema,
  SessionStageSchema,
  SessionSummarySchema,
  TotpEnrolmentSchema,
} from '@jiandu/contracts/identity';
import { ProblemSchema } from '@jiandu/contracts/problem';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../platform/errors.ts';
import {
  clearSessionCookie,
  readCookie,
  SESSION_COOKIE,
  setSessionCookie,
  userOf,
} from '../../platform/http/guard.ts';
import type { AuthService } from './auth.service.ts';
import type { PolicyService } from './policy.service.ts';
import { presentSession } from './session-info.ts';
import type { SessionService } from './sessions.service.ts';

const errors = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  409: ProblemSchema,
  423: ProblemSchema,
};
const Stage = z.object({ stage: SessionStageSchema });

/** Sign-in, second factor, password change, sign-out, and the user's own sessions and history. */
export function registerAuthRoutes(
  app: FastifyInstance,
  auth: AuthService,
  sessions: SessionService,
  policy: PolicyService,
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['auth'];

  r.post(
    '/login',
    {
      schema: {
        tags,
        summary: '用户名密码登录 (第一步)',
        body: LoginRequestSchema,
        response: { 200: SessionInfoSchema, ...errors },
      },
      config: { access: 'public' },
    },
    async (request, reply) => {
      const { token } = await auth.login(request.body.username, request.body.password, {
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
      });
      setSessionCookie(reply, request, token);
      const actor = await sessions.userFromSession(token, {
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
      });
      if (!actor) throw new AppError('UNAUTHENTICATED', '登录失败, 请重试');
      return presentSession(actor, await policy.current());
    },
  );

  r.get(
    '/session',
    {
      schema: { tags, summary: '当前会话与权限', response: { 200: SessionInfoSchema, ...errors } },
      config: { access: 'sign-in' },
    },
    async (request) => presentSession(userOf(request), await policy.current()),
  );

  r.post(
    '/otp',
    {
      schema: {
        tags,
        summary: '验证动态验证码或恢复码 (第二步)',
        body: OtpRequestSchema,
        response: { 200: Stage, ...errors },
      },
      config: { access: 'sign-in' },
    },
    async (request) => ({ stage: await auth.verifySecondFactor(userOf(request), request.body) }),
  );

  r.post(
    '/totp/enrol',
    {
      schema: {
        tags,
        summary: '获取动态验证码绑定二维码',
        response: { 200: TotpEnrolmentSchema, ...errors },
      },
      config: { access: 'sign-in' },
    },
    async (request) => auth.startEnrolment(userOf(request)),
  );

  r.post(
    '/totp/confirm',
    {
      schema: {
        tags,
        summary: '确认绑定并获取恢复码 (只显示一次)',
        body: z.object({ code: z.string().regex(/^\d{6}$/, { message: '动态验证码应为6位数字' }) }),
        response: { 200: RecoveryCodesSchema.extend(Stage.shape), ...errors },
      },
      config: { access: 'sign-in' },
    },
    async (request) => auth.confirmEnrolment(userOf(request), request.body.code),
  );

  r.post(
    '/password',
    {
      schema: {
        tags,
        summary: '修改本人密码',
        body: PasswordChangeSchema,
        response: { 200: Stage, ...errors },
      },
      config: { access: 'sign-in' },
    },
    async (request) => ({
      stage: await auth.changePassword(
        userOf(request),
        request.body.currentPassword,
        request.body.newPassword,
      ),
    }),
  );

  r.post(
    '/logout',
    {
      schema: { tags, summary: '退出登录', response: { 204: z.undefined(), ...errors } },
      config: { access: 'public' },
    },
    async (request, reply) => {
      const token = readCookie(request, SESSION_COOKIE);
      const actor = token
        ? await sessions.userFromSession(token, {
            ip: request.ip,
            userAgent: request.headers['user-agent'] ?? null,
          })
        : null;
      if (actor) await sessions.logout(actor);
      clearSessionCookie(reply, request);
      return reply.code(204).send();
    },
  );

  r.get(
    '/sessions',
    {
      schema: {
        tags,
        summary: '本人的在线会话',
        response: { 200: z.array(SessionSummarySchema), ...errors },
      },
      config: { access: 'signed-in' },
    },
    async (request) => sessions.sessions(userOf(request)),
  );

  r.delete(
    '/sessions/:id',
    {
      schema: {
        tags,
        summary: '结束本人的一个会话',
        params: z.object({ id: z.string() }),
        response: { 204: z.undefined(), ...errors, 404: ProblemSchema },
      },
      config: { access: 'signed-in' },
    },
    async (request, reply) => {
      await sessions.endSession(userOf(request), request.params.id);
      return reply.code(204).send();
    },
  );

  r.get(
    '/login-history',
    {
      schema: { tags, summary: '本人的登录记录', response: { 200: z.array(LoginEventSchema), ...errors } },
      config: { access: 'signed-in' },
    },
    async (request) => sessions.loginHistory(userOf(request)),
  );
}
