import { useMutation } from '@tanstack/react-query';
import { download } from '../../../lib/api.ts';
import { seg } from './keys.ts';

/** Downloads the penalty decision (docx); refused with the missing Art. 59 elements listed. */
export function downloadDecisionDocument(id: string): Promise<void> {
  return download(`/api/cases/${seg(id)}/decision-document`);
}

/** The download as a mutation, so the button shows that it is working and the refusal can be shown. */
export function useDecisionDocument(id: string) {
  return useMutation({ mutationFn: () => downloadDecisionDocument(id) });
}
