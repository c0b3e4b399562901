import type { MatterAssignSchema, MatterDetail } from '@jiandu/contracts/matters';
import type { z } from 'zod';
import { seg } from '../../../components/notices/keys.ts';
import { api } from '../../../lib/api.ts';
import { useMatterMutation } from './matter-mutation.ts';

/** Assigns two or more supervisors holding a valid 监督证. */
export function assignSupervisors(
  id: string,
  body: z.input<typeof MatterAssignSchema>,
): Promise<MatterDetail> {
  return api<MatterDetail>('POST', `/api/matters/${seg(id)}/supervisors`, body);
}

/** 指派监督人员. */
export function useAssignSupervisors(id: string) {
  return useMatterMutation(id, assignSupervisors);
}
