import type { CalendarLoadResult } from '@jiandu/contracts/calendar';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

/** The file format, judged by the file name. */
export function calendarFormat(file: File): 'json' | 'csv' | null {
  const name = file.name.toLowerCase();
  return name.endsWith('.json') ? 'json' : name.endsWith('.csv') ? 'csv' : null;
}

/** Sends a schedule file as the raw body; the server refuses it whole, line by line, or replaces its years. */
export function loadCalendar(
  file: File,
  format: 'json' | 'csv',
  source: string,
): Promise<CalendarLoadResult> {
  const query = new URLSearchParams({ format, source });
  return api<CalendarLoadResult>('POST', `/api/calendar/load?${query}`, undefined, {
    raw: file,
    contentType: format === 'json' ? 'application/json' : 'text/csv',
  });
}

/** Loads a schedule file, then refreshes the years and the days shown. */
export function useLoadCalendar() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ file, format, source }: { file: File; format: 'json' | 'csv'; source: string }) =>
      loadCalendar(file, format, source),
    onSuccess: () => client.invalidateQueries({ queryKey: ['calendar'] }),
  });
}
