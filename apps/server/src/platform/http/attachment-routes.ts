import type { Readable } from 'node:stream';
import { type Attachment, AttachmentSchema } from '@jiandu/contracts/matters';
import type { Permission } from '@jiandu/contracts/permissions';
import { ProblemSchema } from '@jiandu/contracts/problem';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { UserActor } from '../authz/actor.ts';
import { userOf } from './guard.ts';

const errors = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
  409: ProblemSchema,
  413: ProblemSchema,
};

/** A stored file on its way out. */
export interface OutgoingFile {
  fileName: string;
  contentType: string;
  stream: Readable;
}

/** What a module's file routes need of it: the tag, who may use them, and its service's two calls. */
export interface AttachmentRouteOptions {
  tag: string;
  /** The permission the routes declare; the service checks the object and its status. */
  permission: Permission;
  /** The upload route's summary in the API docs, saying what the files are for. */
  uploadSummary: string;
  upload(
    actor: UserActor,
    id: string,
    body: Readable,
    meta: { fileName: string; contentType: string },
  ): Promise<Attachment>;
  download(actor: UserActor, id: string, sha256: string): Promise<OutgoingFile>;
}

/** Sends a stored file as a download under its (Chinese) name, RFC 5987 encoded. */
export function sendStoredFile(
  reply: FastifyReply,
  file: OutgoingFile,
  asciiName = 'attachment',
): FastifyReply {
  return reply
    .header(
      'content-disposition',
      `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    )
    .type(file.contentType)
    .send(file.stream);
}

/**
 * The attachment routes of an object under the module's prefix: `POST /:id/attachments?fileName=`
 * takes the raw file as the body (any type, streamed into the evidence store) and returns the
 * attachment to name in a later step; `GET /:id/attachments/:sha256` downloads one the object names.
 * Register inside a scope of its own: it replaces the body parsers so only these routes stream.
 */
export function registerAttachmentRoutes(app: FastifyInstance, options: AttachmentRouteOptions): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', (_request, payload, done) => done(null, payload));
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = [options.tag];
  const config = { access: { permission: options.permission } };
  r.post(
    '/:id/attachments',
    {
      schema: {
        tags,
        summary: `${options.uploadSummary} (请求体为文件内容, 最大 100 MB)`,
        params: z.object({ id: z.string().min(1).max(40) }),
        querystring: z.object({ fileName: z.string().trim().min(1, { message: '请提供文件名' }).max(200) }),
        response: { 200: AttachmentSchema, ...errors },
      },
      config,
    },
    async (request) =>
      options.upload(userOf(request), request.params.id, request.body as Readable, {
        fileName: request.query.fileName,
        contentType: String(request.headers['content-type'] ?? 'application/octet-stream').slice(0, 100),
      }),
  );
  r.get(
    '/:id/attachments/:sha256',
    {
      schema: {
        tags,
        summary: '下载附件 (每次下载记入审计日志)',
        params: z.object({
          id: z.string().min(1).max(40),
          sha256: z.string().regex(/^[0-9a-fA-F]{64}$/, { message: 'SHA-256 须为 64 位十六进制' }),
        }),
      },
      config,
    },
    async (request, reply) =>
      sendStoredFile(
        reply,
        await options.download(userOf(request), request.params.id, request.params.sha256),
      ),
  );
}
