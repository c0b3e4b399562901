import type { Notice, ObjectionCreateSchema } from '@jiandu/contracts/matters';
import type { z } from 'zod';
import { seg } from '../../../components/notices/keys.ts';
import { api } from '../../../lib/api.ts';
import { useNoticeMutation } from './notice-mutation.ts';

/** Requests a review of the notice (申请复查), once, within the period. */
export function objectToNotice(id: string, body: z.input<typeof ObjectionCreateSchema>): Promise<Notice> {
  return api<Notice>('POST', `/api/notices/${seg(id)}/objections`, body);
}

/** 申请复查. */
export function useObjectToNotice(id: string) {
  return useNoticeMutation(id, objectToNotice);
}
