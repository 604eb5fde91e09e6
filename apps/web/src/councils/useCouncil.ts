import { useQuery } from '@tanstack/react-query';
import { api, lang } from '../api/client';
import { unwrap } from '../api/problem';

export function useCouncil(id: string) {
  return useQuery({ queryKey: ['council', id], queryFn: async () => unwrap(await api.GET('/api/v1/councils/{id}', { params: { path: { id }, header: lang() } })) });
}
