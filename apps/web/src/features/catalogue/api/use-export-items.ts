import { useMutation } from '@tanstack/react-query';
import { download } from '../../../lib/api.ts';
import type { ItemFilters } from './use-items.ts';

/** Downloads the items matching the filters as xlsx. */
export function exportItems(filters: ItemFilters): Promise<void> {
  return download('/api/items/export', filters);
}

/** The export as a mutation, so the button can show that it is working. */
export function useExportItems() {
  return useMutation({ mutationFn: exportItems });
}
