import { Spin } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useAuth } from './AuthContext';

/** Pages behind sign-in: a visitor goes to the login page, which brings them back here. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { signedIn, me } = useAuth();
  const location = useLocation();
  if (!signedIn) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (!me) return <Spin style={{ display: 'block', margin: '20vh auto' }} />;
  return <>{children}</>;
}
