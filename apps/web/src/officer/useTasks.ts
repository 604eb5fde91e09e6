import { useQuery } from '@tanstack/react-query';
import { api, lang } from '../api/client';
import { unwrap } from '../api/problem';
import type { components } from '../api/schema';

const PAGE_SIZE = 100;

/** All the caller's open decisions (the API pages by 100), sorted by due date by the API. */
export function useTasks() {
  return useQuery({
    queryKey: ['tasks'],
    refetchInterval: 30_000,
    queryFn: async () => {
      const items: components['schemas']['TaskView'][] = [];
      for (let page = 1; ; page += 1) {
        const result = unwrap(await api.GET('/api/v1/tasks', { params: { query: { status: 'open', page, pageSize: PAGE_SIZE }, header: lang() } }));
        items.push(...result.items);
        if (items.length >= result.total || result.items.length < PAGE_SIZE) return { items, total: result.total };
      }
    },
  });
}
