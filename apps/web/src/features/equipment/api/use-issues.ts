import type { EquipmentIssue, EquipmentListQuery } from '@jiandu/contracts/equipment';
import type { Page } from '@jiandu/contracts/paging';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { equipmentKeys } from './keys.ts';

/** Filters, paging and sorting of the register. */
export type IssueListParams = EquipmentListQuery & {
  page: number;
  pageSize: number;
  sort?: 'issued' | 'item' | 'org' | 'quantity' | 'created' | undefined;
  order?: 'asc' | 'desc' | undefined;
};

export function fetchIssues(params: IssueListParams) {
  return get<Page<EquipmentIssue>>('/api/equipment', { ...params });
}

/** One page of the equipment register. */
export function useIssues(params: IssueListParams) {
  return useQuery({
    queryKey: [...equipmentKeys.issues, 'list', params],
    queryFn: () => fetchIssues(params),
    placeholderData: keepPreviousData,
  });
}
