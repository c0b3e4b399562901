import type { ImportResult } from '@jiandu/contracts/orgs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { itemKeys } from './keys.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Sends an xlsx or csv file as the raw request body; good rows become drafts, bad rows come back with reasons. */
export function importItems(file: File): Promise<ImportResult> {
  return api<ImportResult>('POST', '/api/items/import', undefined, {
    raw: file,
    contentType: file.name.toLowerCase().endsWith('.csv') ? 'text/csv' : XLSX_TYPE,
  });
}

/** Imports items, then refreshes the list. */
export function useImportItems() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: importItems,
    onSuccess: () => client.invalidateQueries({ queryKey: itemKeys.all }),
  });
}
