import { useMutation } from '@tanstack/react-query';
import { download } from '../../../lib/api.ts';

/** Downloads the xlsx template of the item import (with its instructions sheet). */
export function downloadItemTemplate(): Promise<void> {
  return download('/api/items/import-template');
}

/** The template download as a mutation, so the link can show that it is working. */
export function useItemImportTemplate() {
  return useMutation({ mutationFn: downloadItemTemplate });
}
