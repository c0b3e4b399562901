import type { FastifyInstance } from 'fastify';
import { registerAttachmentRoutes as registerFileRoutes } from '../../platform/http/attachment-routes.ts';
import type { MatterService } from './matters.service.ts';

/**
 * Attachments of a matter's records and of the agency's reports (under /api/matters): uploaded as
 * a raw body of any type, then named in the record or report; downloaded when named there.
 * Registered in its own scope so only these routes take bodies as streams.
 */
export function registerAttachmentRoutes(app: FastifyInstance, matters: MatterService): void {
  registerFileRoutes(app, {
    tag: 'matters',
    permission: 'matter.read',
    uploadSummary: '上传调查证据或整改材料',
    upload: (actor, id, body, meta) => matters.upload(actor, id, body, meta),
    download: (actor, id, sha256) => matters.download(actor, id, sha256),
  });
}
