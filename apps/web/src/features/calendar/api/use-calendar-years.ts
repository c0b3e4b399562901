import type { CalendarYear } from '@jiandu/contracts/calendar';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';

/** The years whose holiday schedule is loaded, newest first, with where each came from. */
export function useCalendarYears() {
  return useQuery({
    queryKey: ['calendar', 'years'],
    queryFn: () => get<CalendarYear[]>('/api/calendar/years'),
  });
}
