import type { Notice, NoticeVerdictSchema } from '@jiandu/contracts/matters';
import type { z } from 'zod';
import { seg } from '../../../components/notices/keys.ts';
import { api } from '../../../lib/api.ts';
import { useNoticeStepMutation } from './matter-mutation.ts';

/** Checks the agency's completion report: accepted, or returned with a new due date. */
export function judgeReport(noticeId: string, body: z.input<typeof NoticeVerdictSchema>): Promise<Notice> {
  return api<Notice>('POST', `/api/notices/${seg(noticeId)}/verdict`, body);
}

/** 核查整改报告. */
export function useJudgeReport() {
  return useNoticeStepMutation(judgeReport);
}
