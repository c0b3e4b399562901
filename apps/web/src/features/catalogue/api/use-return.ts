import type { ItemDetail } from '@jiandu/contracts/catalogue';
import { api } from '../../../lib/api.ts';
import { useDetailMutation } from './detail-mutation.ts';
import { type Subject, subjectPath } from './keys.ts';

/** Returns a submitted version for changes (退回), with the reason. */
export function returnVersion(id: string, subject: Subject, input: { reason: string }): Promise<ItemDetail> {
  return api<ItemDetail>('POST', `${subjectPath(id, subject)}/return`, input);
}

/** Returns, then refreshes the item and the list. */
export function useReturn(id: string, subject: Subject) {
  return useDetailMutation(id, (input: { reason: string }) => returnVersion(id, subject, input));
}
