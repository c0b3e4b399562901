import type { ComplaintImportResult } from '@jiandu/contracts/complaints';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { complaintKeys } from './keys.ts';

const TYPES: Record<string, string> = {
  json: 'application/json',
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * Sends a 12345 hotline export (xlsx, CSV or a JSON array of work orders) as it is, typed by its
 * name (browsers often leave csv untyped); good orders are registered, bad rows come back with
 * reasons, orders imported before are skipped.
 */
export function importComplaints(file: File): Promise<ComplaintImportResult> {
  const ext = file.name.toLowerCase().split('.').pop() ?? '';
  return api<ComplaintImportResult>('POST', '/api/complaints/import', undefined, {
    raw: file,
    contentType: TYPES[ext] ?? TYPES.xlsx,
  });
}

/** Imports work orders, then refreshes the desk and the lists. */
export function useImportComplaints() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: importComplaints,
    onSuccess: () => client.invalidateQueries({ queryKey: complaintKeys.all }),
  });
}
