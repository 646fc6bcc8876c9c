import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { DvorikDataProvider, Job } from '../dataProvider';

export const isFinished = (job: Job | undefined) => job?.status === 'done' || job?.status === 'failed';

/** Polls GET /jobs/:id every second until the job is done or failed (no reload). */
export function useJob(id: string | number | null) {
  const dataProvider = useDataProvider<DvorikDataProvider>();
  return useQuery({
    queryKey: ['job', id],
    queryFn: () => dataProvider.getJob(id!),
    enabled: id !== null,
    refetchInterval: (query) => (isFinished(query.state.data) ? false : 1000),
  });
}
