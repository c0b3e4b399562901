import type { Notice, NoticeIssueSchema } from '@jiandu/contracts/matters';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { matterKeys, seg } from '../../../components/notices/keys.ts';
import { api } from '../../../lib/api.ts';

/** Issues a notice: numbered, made into PDF and DOCX, and delivered to the agency. */
export function issueNotice(id: string, body: z.input<typeof NoticeIssueSchema>): Promise<Notice> {
  return api<Notice>('POST', `/api/matters/${seg(id)}/notices`, body);
}

/** 制发文书; the matter (now 整改中) and the lists refresh. */
export function useIssueNotice(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof NoticeIssueSchema>) => issueNotice(id, body),
    onSuccess: () => client.invalidateQueries({ queryKey: matterKeys.all }),
  });
}
