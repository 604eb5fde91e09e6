import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, lang } from '../api/client';
import { unwrap } from '../api/problem';

/** The caller's notifications, unread first, polled so the bell stays current. */
export function useNotifications(pageSize = 10) {
  return useQuery({
    queryKey: ['notifications', pageSize],
    queryFn: async () => unwrap(await api.GET('/api/v1/notifications', { params: { query: { pageSize }, header: lang() } })),
    refetchInterval: 30_000,
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => unwrap(await api.POST('/api/v1/notifications/{id}/read', { params: { path: { id }, header: lang() } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['notifications'] }),
  });
}

/** A notification's link (absolute, under PUBLIC_BASE_URL) as a path inside this application. */
export function linkPath(link: string | null): string | null {
  if (!link) return null;
  try {
    const url = new URL(link, window.location.origin);
    return url.pathname + url.search;
  } catch {
    return null;
  }
}
