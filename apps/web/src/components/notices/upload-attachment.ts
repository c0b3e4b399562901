import type { Attachment } from '@jiandu/contracts/matters';
import { ApiError } from '../../lib/api.ts';
import { seg } from './keys.ts';

/** Largest file the server takes (its 413 says so too; checked first so nothing is sent in vain). */
export const MAX_ATTACHMENT_BYTES = 100 * 1024 * 1024;

/** Where files are uploaded: a matter's attachments, or another object's (`/api/referrals/…/attachments`). */
export type UploadTarget = { matterId: string } | { uploadUrl: string };

/** The address a target's files are posted to. */
export function uploadUrlOf(target: UploadTarget): string {
  return 'uploadUrl' in target ? target.uploadUrl : `/api/matters/${seg(target.matterId)}/attachments`;
}

/**
 * Uploads one file of a record or a report as the request body, reporting how much has gone
 * (fetch cannot tell upload progress, so this uses XMLHttpRequest). Resolves with the stored
 * attachment the record or report then names; rejects with the server's problem details.
 */
export function uploadAttachment(
  url: string,
  file: File,
  csrfToken: string | null,
  onProgress: (percent: number) => void,
): Promise<Attachment> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${url}?fileName=${encodeURIComponent(file.name)}`);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('content-type', file.type || 'application/octet-stream');
    if (csrfToken) xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.withCredentials = true;
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.floor((event.loaded / event.total) * 100));
    };
    xhr.onerror = () => reject(new ApiError(0, { detail: '网络连接中断, 请重试', code: 'NETWORK' }));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) return resolve(body as Attachment);
      const problem =
        body && typeof body === 'object' && 'detail' in body
          ? (body as ApiError['problem'])
          : { detail: `上传失败 (${xhr.status})`, code: 'HTTP_ERROR' };
      reject(new ApiError(xhr.status, problem));
    };
    xhr.send(file);
  });
}
