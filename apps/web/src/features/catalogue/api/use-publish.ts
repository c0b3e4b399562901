import type { ItemDetail } from '@jiandu/contracts/catalogue';
import { api } from '../../../lib/api.ts';
import { useDetailMutation } from './detail-mutation.ts';
import { type Subject, subjectPath } from './keys.ts';

/** Publishes a submitted version from a date, which may be later than today (today when left out). */
export function publishVersion(
  id: string,
  subject: Subject,
  input: { effectiveDate?: string },
): Promise<ItemDetail> {
  return api<ItemDetail>('POST', `${subjectPath(id, subject)}/publish`, input);
}

/** Publishes, then refreshes the item and the list. */
export function usePublish(id: string, subject: Subject) {
  return useDetailMutation(id, (input: { effectiveDate?: string }) => publishVersion(id, subject, input));
}
