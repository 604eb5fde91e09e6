import { useQuery } from '@tanstack/react-query';
import { api, lang } from '../api/client';
import { unwrap } from '../api/problem';

/** The caller's open decisions, sorted by due date by the API. */
export function useTasks() {
  return useQuery({
    queryKey: ['tasks'],
    queryFn: async () => unwrap(await api.GET('/api/v1/tasks', { params: { query: { status: 'open', pageSize: 500 }, header: lang() } })),
    refetchInterval: 30_000,
  });
}
