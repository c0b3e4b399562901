import type { Notice, NoticeResponseCreateSchema } from '@jiandu/contracts/matters';
import type { z } from 'zod';
import { seg } from '../../../components/notices/keys.ts';
import { api } from '../../../lib/api.ts';
import { useNoticeMutation } from './notice-mutation.ts';

/** Sends a rectification plan, progress or completion report with its materials. */
export function respondToNotice(
  id: string,
  body: z.input<typeof NoticeResponseCreateSchema>,
): Promise<Notice> {
  return api<Notice>('POST', `/api/notices/${seg(id)}/responses`, body);
}

/** 报送整改情况. */
export function useRespondToNotice(id: string) {
  return useNoticeMutation(id, respondToNotice);
}
