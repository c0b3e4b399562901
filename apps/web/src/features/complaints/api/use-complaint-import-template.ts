import { useMutation } from '@tanstack/react-query';
import { download } from '../../../lib/api.ts';

/** Downloads the template of a 12345 hotline work-order file, with the columns the import reads. */
export function downloadComplaintTemplate(): Promise<void> {
  return download('/api/complaints/import/template');
}

/** The template download as a mutation, so the link can show that it is working. */
export function useComplaintImportTemplate() {
  return useMutation({ mutationFn: downloadComplaintTemplate });
}
