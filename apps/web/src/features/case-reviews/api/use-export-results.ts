import { useMutation } from '@tanstack/react-query';
import { download } from '../../../lib/api.ts';
import { API, seg } from './keys.ts';

/** Downloads a batch's results per file as xlsx. */
export function exportResults(id: string): Promise<void> {
  return download(`${API}/batches/${seg(id)}/results/export`);
}

export function useExportResults() {
  return useMutation({ mutationFn: exportResults });
}
