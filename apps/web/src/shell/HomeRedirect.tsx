import { Navigate } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { homeFor } from './navigation';

export function HomeRedirect() {
  const { me } = useAuth();
  return <Navigate to={homeFor(me?.roles.map((role) => role.code) ?? [])} replace />;
}
