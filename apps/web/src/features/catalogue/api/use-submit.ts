import type { ItemDetail } from '@jiandu/contracts/catalogue';
import { api } from '../../../lib/api.ts';
import { useDetailMutation } from './detail-mutation.ts';
import { type Subject, subjectPath } from './keys.ts';

/** Submits the draft of the item or its benchmark for review (提交审核). */
export function submitDraft(id: string, subject: Subject): Promise<ItemDetail> {
  return api<ItemDetail>('POST', `${subjectPath(id, subject)}/submit`, {});
}

/** Submits, then refreshes the item and the list. */
export function useSubmit(id: string, subject: Subject) {
  return useDetailMutation(id, () => submitDraft(id, subject));
}
