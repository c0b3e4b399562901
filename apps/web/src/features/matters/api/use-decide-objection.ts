import type { Notice, ObjectionDecisionSchema } from '@jiandu/contracts/matters';
import type { z } from 'zod';
import { seg } from '../../../components/notices/keys.ts';
import { api } from '../../../lib/api.ts';
import { useNoticeStepMutation } from './matter-mutation.ts';

/** Decides the agency's objection: upheld withdraws the notice, rejected keeps it. */
export function decideObjection(
  noticeId: string,
  body: z.input<typeof ObjectionDecisionSchema>,
): Promise<Notice> {
  return api<Notice>('POST', `/api/notices/${seg(noticeId)}/objection-decision`, body);
}

/** 作出复查决定. */
export function useDecideObjection() {
  return useNoticeStepMutation(decideObjection);
}
