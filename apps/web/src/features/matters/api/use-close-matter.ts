import type { MatterCloseSchema, MatterDetail } from '@jiandu/contracts/matters';
import type { z } from 'zod';
import { seg } from '../../../components/notices/keys.ts';
import { api } from '../../../lib/api.ts';
import { useMatterMutation } from './matter-mutation.ts';

/** Closes the matter with its conclusion. */
export function closeMatter(id: string, body: z.input<typeof MatterCloseSchema>): Promise<MatterDetail> {
  return api<MatterDetail>('POST', `/api/matters/${seg(id)}/close`, body);
}

/** 办结. */
export function useCloseMatter(id: string) {
  return useMatterMutation(id, closeMatter);
}
