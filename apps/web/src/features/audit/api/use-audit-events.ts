import type { Page } from '@jiandu/contracts/paging';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';

/** The filters of the audit trail search (also what the export takes). */
export interface AuditFilters {
  actor?: string | undefined;
  action?: string | undefined;
  targetType?: string | undefined;
  result?: 'success' | 'failure' | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** One audit trail entry as the search returns it. */
export interface AuditEvent {
  seq: number;
  id: string;
  at: string;
  actorName: string;
  ip: string | null;
  userAgent: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  result: 'success' | 'failure';
  detail: unknown;
}

/** One page of the audit trail, newest first; the previous page stays on screen while the next loads. */
export function useAuditEvents(filters: AuditFilters, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['audit-events', filters, page, pageSize],
    queryFn: () => get<Page<AuditEvent>>('/api/audit-events', { ...filters, page, pageSize }),
    placeholderData: keepPreviousData,
  });
}
