import type { PublicHoliday, PublicHolidayInput, PublicHolidayList } from '@lantern/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

const base = '/api/admin/public-holidays';
const holidayKeys = { all: ['public-holidays'] as const, year: (year: number) => ['public-holidays', year] };

export function useHolidays(year: number) {
  return useQuery({
    queryKey: holidayKeys.year(year),
    queryFn: () => api<PublicHolidayList>(`${base}?year=${year}`),
  });
}

function useHolidayChange<I, O>(change: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: holidayKeys.all }),
  });
}

export const useSaveHoliday = () =>
  useHolidayChange((input: PublicHolidayInput & { id?: string }) => {
    const { id, ...body } = input;
    return id
      ? api<PublicHoliday>(`${base}/${encodeURIComponent(id)}`, { method: 'PUT', body })
      : api<PublicHoliday>(base, { method: 'POST', body });
  });

export const useRemoveHoliday = () =>
  useHolidayChange((id: string) => api<void>(`${base}/${encodeURIComponent(id)}`, { method: 'DELETE' }));
