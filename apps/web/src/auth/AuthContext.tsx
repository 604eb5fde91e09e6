import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import type { components } from '../api/schema';
import { onTokensChange, readTokens, writeTokens } from '../api/session';

export type Me = components['schemas']['MeView'];

interface Auth {
  signedIn: boolean;
  me: Me | undefined;
  hasRole(role: string): boolean;
  login(username: string, password: string): Promise<void>;
  logout(): Promise<void>;
}

const AuthContext = createContext<Auth | null>(null);

const subscribe = (listener: () => void) => onTokensChange(listener);
const signedInNow = () => readTokens() !== null;

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const signedIn = useSyncExternalStore(subscribe, signedInNow);
  const meQuery = useQuery({ queryKey: ['me'], enabled: signedIn, queryFn: async () => unwrap(await api.GET('/api/v1/me')) });

  useEffect(() => {
    if (!signedIn) queryClient.clear();
  }, [signedIn, queryClient]);

  const login = useCallback(async (username: string, password: string) => {
    const pair = unwrap(await api.POST('/api/v1/auth/login', { body: { username, password } }));
    writeTokens({ accessToken: pair.accessToken, refreshToken: pair.refreshToken, expiresAt: Date.now() + pair.expiresIn * 1000 });
  }, []);

  const logout = useCallback(async () => {
    const tokens = readTokens();
    if (tokens) await api.POST('/api/v1/auth/logout', { body: { refreshToken: tokens.refreshToken } }).catch(() => undefined);
    writeTokens(null);
  }, []);

  const value = useMemo<Auth>(
    () => ({
      signedIn,
      me: meQuery.data,
      hasRole: (role) => meQuery.data?.roles.some((r) => r.code === role) ?? false,
      login,
      logout,
    }),
    [signedIn, meQuery.data, login, logout],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}
