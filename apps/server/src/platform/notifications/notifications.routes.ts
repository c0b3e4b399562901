import { NotificationSchema, UnreadCountSchema } from '@jiandu/contracts/officers';
import { pageOf } from '@jiandu/contracts/paging';
import { ProblemSchema } from '@jiandu/contracts/problem';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { userOf } from '../http/guard.ts';
import type { NotificationService } from './notifications.ts';

const errors = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema };
const signedIn = { access: 'signed-in' as const };

/** The in-app notices of the user's org: list, unread count, mark read. */
export function registerNotificationRoutes(app: FastifyInstance, notifications: NotificationService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/notifications',
    {
      schema: {
        tags: ['notifications'],
        summary: '本单位的通知 (最新在前)',
        querystring: z.object({
          page: z.coerce.number().int().min(1).default(1),
          pageSize: z.coerce.number().int().min(1).max(100).default(20),
        }),
        response: { 200: pageOf(NotificationSchema), ...errors },
      },
      config: signedIn,
    },
    async (request) => notifications.list(userOf(request), request.query),
  );

  r.get(
    '/api/notifications/unread-count',
    {
      schema: {
        tags: ['notifications'],
        summary: '本单位未读通知数',
        response: { 200: UnreadCountSchema, ...errors },
      },
      // The console polls this every minute; the poll must not keep an idle session alive.
      config: { ...signedIn, passive: true },
    },
    async (request) => ({ count: await notifications.unreadCount(userOf(request)) }),
  );

  r.post(
    '/api/notifications/:id/read',
    {
      schema: {
        tags: ['notifications'],
        summary: '标记通知为已读',
        params: z.object({ id: z.string().min(1) }),
        response: { 200: NotificationSchema, ...errors },
      },
      config: signedIn,
    },
    async (request) => notifications.markRead(userOf(request), request.params.id),
  );
}
