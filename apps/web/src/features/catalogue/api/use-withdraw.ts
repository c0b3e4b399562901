import type { ItemDetail } from '@jiandu/contracts/catalogue';
import { api } from '../../../lib/api.ts';
import { useDetailMutation } from './detail-mutation.ts';
import { type Subject, subjectPath } from './keys.ts';

/** What a withdrawal (取消) needs: why, and the first day no longer in force. */
export interface WithdrawInput {
  reason: string;
  effectiveDate: string;
}

/** Withdraws the published item or benchmark from a date; its history stays. */
export function withdrawVersion(id: string, subject: Subject, input: WithdrawInput): Promise<ItemDetail> {
  return api<ItemDetail>('POST', `${subjectPath(id, subject)}/withdraw`, input);
}

/** Withdraws, then refreshes the item and the list. */
export function useWithdraw(id: string, subject: Subject) {
  return useDetailMutation(id, (input: WithdrawInput) => withdrawVersion(id, subject, input));
}
