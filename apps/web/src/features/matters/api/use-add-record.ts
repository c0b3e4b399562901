import type { MatterDetail, MatterRecordCreateSchema } from '@jiandu/contracts/matters';
import type { z } from 'zod';
import { seg } from '../../../components/notices/keys.ts';
import { api } from '../../../lib/api.ts';
import { useMatterMutation } from './matter-mutation.ts';

/** Records an investigation step taken by two or more of the assigned supervisors. */
export function addRecord(id: string, body: z.input<typeof MatterRecordCreateSchema>): Promise<MatterDetail> {
  return api<MatterDetail>('POST', `/api/matters/${seg(id)}/records`, body);
}

/** 记录调查情况. */
export function useAddRecord(id: string) {
  return useMatterMutation(id, addRecord);
}
