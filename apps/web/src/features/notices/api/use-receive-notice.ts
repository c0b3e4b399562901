import type { Notice } from '@jiandu/contracts/matters';
import { seg } from '../../../components/notices/keys.ts';
import { api } from '../../../lib/api.ts';
import { useNoticeMutation } from './notice-mutation.ts';

/** Signs for the notice (签收): the read receipt, recorded once and told to the issuer. */
export function receiveNotice(id: string): Promise<Notice> {
  return api<Notice>('POST', `/api/notices/${seg(id)}/receive`, {});
}

/** 签收. */
export function useReceiveNotice(id: string) {
  return useNoticeMutation<void>(id, (noticeId) => receiveNotice(noticeId));
}
