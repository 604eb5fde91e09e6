import { useQuery } from '@tanstack/react-query';
import { api, lang } from '../api/client';
import { unwrap } from '../api/problem';

export function useApplication(id: string) {
  // The workflow moves the case on its own: look again every few seconds.
  return useQuery({ queryKey: ['application', id], enabled: !!id, refetchInterval: 5_000, queryFn: async () => unwrap(await api.GET('/api/v1/applications/{id}', { params: { path: { id } } })) });
}

export function useTimeline(id: string) {
  return useQuery({
    queryKey: ['application', id, 'timeline'],
    queryFn: async () => unwrap(await api.GET('/api/v1/applications/{id}/timeline', { params: { path: { id }, header: lang() } })),
  });
}

export function useDocuments(id: string) {
  return useQuery({
    queryKey: ['application', id, 'documents'],
    queryFn: async () => unwrap(await api.GET('/api/v1/applications/{id}/documents', { params: { path: { id }, query: { pageSize: 100 } } })),
  });
}

export function useSupportKinds() {
  return useQuery({
    queryKey: ['catalogue', 'support-kinds'],
    staleTime: 3_600_000,
    queryFn: async () => unwrap(await api.GET('/api/v1/catalogues/{kind}', { params: { path: { kind: 'support-kinds' }, query: { pageSize: 100 } } })),
  });
}

export function useSponsoringDepartments(provinceCode: string | undefined) {
  return useQuery({
    queryKey: ['departments', provinceCode, 'sponsoring'],
    enabled: !!provinceCode,
    staleTime: 3_600_000,
    queryFn: async () => unwrap(await api.GET('/api/v1/departments', { params: { query: { provinceCode, capability: 'sponsoring', pageSize: 100 } } })),
  });
}
