import type { ImportResult } from '@jiandu/contracts/orgs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { officerKeys } from './keys.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The content type for a file, judged by its name (browsers often leave csv untyped). */
function contentType(file: File): string {
  return file.name.toLowerCase().endsWith('.csv') ? 'text/csv' : XLSX_TYPE;
}

/** Sends an xlsx or csv file as the raw request body; good rows are saved, bad rows come back with reasons. */
export function importOfficers(file: File): Promise<ImportResult> {
  return api<ImportResult>('POST', '/api/officers/import', undefined, {
    raw: file,
    contentType: contentType(file),
  });
}

/** Imports officers, then refreshes the lists. */
export function useImportOfficers() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: importOfficers,
    onSuccess: () => client.invalidateQueries({ queryKey: officerKeys.all }),
  });
}
