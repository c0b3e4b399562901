import { useMutation } from '@tanstack/react-query';
import { download } from '../../../lib/api.ts';
import type { CertificateFilters } from './use-certificates.ts';

/** Downloads the certificates matching the filters as xlsx. */
export function exportCertificates(filters: CertificateFilters): Promise<void> {
  return download('/api/certificates/export', filters);
}

/** The export as a mutation, so the button can show that it is working. */
export function useExportCertificates() {
  return useMutation({ mutationFn: exportCertificates });
}
