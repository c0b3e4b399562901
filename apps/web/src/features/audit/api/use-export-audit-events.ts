import { useMutation } from '@tanstack/react-query';
import { download } from '../../../lib/api.ts';
import type { AuditFilters } from './use-audit-events.ts';

/** Downloads the entries matching the filters as a spreadsheet (the export is itself audited). */
export function useExportAuditEvents() {
  return useMutation({
    mutationFn: (filters: AuditFilters) => download('/api/audit-events/export', { ...filters }),
  });
}
