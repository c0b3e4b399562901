import { useMutation } from '@tanstack/react-query';
import { download } from '../../../lib/api.ts';

/** Downloads the xlsx import template (with its instructions sheet). */
export function downloadOfficerTemplate(): Promise<void> {
  return download('/api/officers/import-template');
}

/** The template download as a mutation, so the button can show that it is working. */
export function useOfficerImportTemplate() {
  return useMutation({ mutationFn: downloadOfficerTemplate });
}
