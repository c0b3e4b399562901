import type { ImportResult } from '@jiandu/contracts/orgs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { orgKeys } from './org-keys.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The content type the import endpoint expects for a file, judged by its name (browsers often leave csv untyped). */
export function importContentType(file: File): string {
  return file.name.toLowerCase().endsWith('.csv') ? 'text/csv' : XLSX_TYPE;
}

/** Sends an xlsx or csv file as the raw request body; good rows are saved, bad rows come back with reasons. */
export function importOrgs(file: File, parentId: string | null): Promise<ImportResult> {
  const query = parentId ? `?parentId=${encodeURIComponent(parentId)}` : '';
  return api<ImportResult>('POST', `/api/orgs/import${query}`, undefined, {
    raw: file,
    contentType: importContentType(file),
  });
}

/** Imports orgs from a file, then refreshes the table and the tree. */
export function useImportOrgs() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ file, parentId }: { file: File; parentId: string | null }) => importOrgs(file, parentId),
    onSuccess: () => client.invalidateQueries({ queryKey: orgKeys.all }),
  });
}
