import type { ComplaintMatterSchema } from '@jiandu/contracts/complaints';
import type { MatterDetail } from '@jiandu/contracts/matters';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../lib/api.ts';
import { complaintKeys, seg } from './keys.ts';

/** Opens a supervision matter from the complaint (转立监督事项); the two are linked. */
export function openComplaintMatter(
  id: string,
  body: z.input<typeof ComplaintMatterSchema>,
): Promise<MatterDetail> {
  return api<MatterDetail>('POST', `/api/complaints/${seg(id)}/matter`, body);
}

/** 转立监督事项; the complaint (now naming its matter) and the matters refresh. */
export function useOpenComplaintMatter(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof ComplaintMatterSchema>) => openComplaintMatter(id, body),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: complaintKeys.all }),
        client.invalidateQueries({ queryKey: ['matters'] }),
      ]),
  });
}
