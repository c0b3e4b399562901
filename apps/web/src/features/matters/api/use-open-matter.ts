import type { MatterCreate, MatterDetail } from '@jiandu/contracts/matters';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { matterKeys } from '../../../components/notices/keys.ts';
import { warningKeys } from '../../../components/warnings/keys.ts';
import { api } from '../../../lib/api.ts';

/** Opens a matter (立项); the warnings it names become part of it. */
export function openMatter(body: MatterCreate): Promise<MatterDetail> {
  return api<MatterDetail>('POST', '/api/matters', body);
}

/** 立项; the matters and the warnings (now 已转为监督事项) are refreshed. */
export function useOpenMatter() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: openMatter,
    onSuccess: async (detail) => {
      client.setQueryData(matterKeys.one(detail.id), detail);
      await Promise.all([
        client.invalidateQueries({ queryKey: matterKeys.all }),
        client.invalidateQueries({ queryKey: warningKeys.all }),
      ]);
    },
  });
}
