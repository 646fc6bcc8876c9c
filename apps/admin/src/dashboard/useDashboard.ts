import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { DvorikDataProvider } from '../dataProvider';
import type { DashboardData } from './types';

/** The whole dashboard in one request, refreshed every 15 s while the page is open. */
export function useDashboard() {
  const dataProvider = useDataProvider<DvorikDataProvider>();
  return useQuery({
    queryKey: ['dashboard'],
    queryFn: () => dataProvider.get<DashboardData>('/dashboard'),
    refetchInterval: 15_000,
  });
}
