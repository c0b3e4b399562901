import { useMutation } from '@tanstack/react-query';
import { download } from '../../../lib/api.ts';
import { seg } from './keys.ts';

/** The year-end summary's two formats. */
export type ReportFormat = 'pdf' | 'docx';

/** Downloads the year-end summary as issued (each download is audited). */
export function downloadReport(id: string, format: ReportFormat): Promise<void> {
  return download(`/api/supervision-plans/${seg(id)}/report.${format}`);
}

/** The download, with the format in progress. */
export function useDownloadReport(id: string) {
  return useMutation({ mutationFn: (format: ReportFormat) => downloadReport(id, format) });
}
