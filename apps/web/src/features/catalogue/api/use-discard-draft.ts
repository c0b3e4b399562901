import type { ItemDetail } from '@jiandu/contracts/catalogue';
import { api } from '../../../lib/api.ts';
import { useDetailMutation } from './detail-mutation.ts';
import { type Subject, subjectPath } from './keys.ts';

/** Discards the unsubmitted draft of the item or its benchmark; what is in force stays. */
export function discardDraft(id: string, subject: Subject): Promise<ItemDetail> {
  return api<ItemDetail>('DELETE', `${subjectPath(id, subject)}/draft`);
}

/** Discards the draft, then refreshes the item and the list. */
export function useDiscardDraft(id: string, subject: Subject) {
  return useDetailMutation(id, () => discardDraft(id, subject));
}
