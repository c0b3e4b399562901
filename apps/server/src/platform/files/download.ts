import type { FastifyReply } from 'fastify';
import { todayInShanghai } from '../calendar/dates.ts';
import { buildXlsx, type SheetColumn, XLSX_TYPE } from './xlsx.ts';

/** A download name with the date, encoded for Chinese (RFC 5987). */
function disposition(name: string): string {
  const file = `${name}-${todayInShanghai()}.xlsx`;
  return `attachment; filename="export.xlsx"; filename*=UTF-8''${encodeURIComponent(file)}`;
}

/** Sends rows as an .xlsx download, or a ready-made workbook when `columns` is null. */
export async function sendXlsx<T>(
  reply: FastifyReply,
  name: string,
  columns: SheetColumn<T>[] | null,
  rows: Iterable<T> | Buffer,
): Promise<FastifyReply> {
  const body = columns ? await buildXlsx(name, columns, rows as Iterable<T>) : (rows as Buffer);
  return reply.header('content-disposition', disposition(name)).type(XLSX_TYPE).send(body);
}

/** Sends a ready-made file as a download under a Chinese name (the extension comes with the name). */
export function sendFile(reply: FastifyReply, fileName: string, type: string, body: Buffer): FastifyReply {
  const ascii = `download${fileName.slice(fileName.lastIndexOf('.'))}`;
  return reply
    .header(
      'content-disposition',
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    )
    .type(type)
    .send(body);
}
