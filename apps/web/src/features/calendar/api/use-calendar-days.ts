import type { CalendarDaysResponse } from '@jiandu/contracts/calendar';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';

/** The holidays and make-up working days of one year, and whether the year is loaded at all. */
export function useCalendarDays(year: number) {
  return useQuery({
    queryKey: ['calendar', 'days', year],
    queryFn: () => get<CalendarDaysResponse>('/api/calendar/days', { year }),
    placeholderData: keepPreviousData,
  });
}
