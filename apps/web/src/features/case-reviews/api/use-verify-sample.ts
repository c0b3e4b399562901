import type { SampleCheck } from '@jiandu/contracts/case-reviews';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { API, seg } from './keys.ts';

/** Re-runs the batch's draw with its stored seed and compares (复核抽样). */
export function verifySample(id: string): Promise<SampleCheck> {
  return api<SampleCheck>('POST', `${API}/batches/${seg(id)}/verify-sample`);
}

export function useVerifySample() {
  return useMutation({ mutationFn: verifySample });
}
