import { useMutation } from '@tanstack/react-query';
import { download } from '../../../lib/api.ts';

/** Downloads the xlsx import template. */
export function downloadImportTemplate(): Promise<void> {
  return download('/api/orgs/import-template');
}

/** The template download as a mutation, so the button can show that it is working. */
export function useImportTemplate() {
  return useMutation({ mutationFn: downloadImportTemplate });
}
