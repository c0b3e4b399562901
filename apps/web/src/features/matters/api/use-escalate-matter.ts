import type { EscalationCreateSchema, MatterDetail } from '@jiandu/contracts/matters';
import type { z } from 'zod';
import { seg } from '../../../components/notices/keys.ts';
import { api } from '../../../lib/api.ts';
import { useMatterMutation } from './matter-mutation.ts';

/** Records an escalation (约谈 or 通报) of an agency that has not complied. */
export function escalateMatter(
  id: string,
  body: z.input<typeof EscalationCreateSchema>,
): Promise<MatterDetail> {
  return api<MatterDetail>('POST', `/api/matters/${seg(id)}/escalations`, body);
}

/** 升级督办. */
export function useEscalateMatter(id: string) {
  return useMatterMutation(id, escalateMatter);
}
