import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Route, Routes } from 'react-router';
import { AuthProvider } from '../auth/AuthContext';
import { RequireAuth } from '../auth/RequireAuth';
import { ProblemError } from '../api/problem';
import { HomeRedirect } from '../shell/HomeRedirect';
import { PageSpinner } from '../shell/PageSpinner';

// One chunk per area: the login page loads none of the pages behind it.
const LoginPage = lazy(() => import('../auth/LoginPage'));
const AppLayout = lazy(() => import('../shell/AppLayout'));
const MyCasesPage = lazy(() => import('../enterprise/MyCasesPage'));
const NewProposalPage = lazy(() => import('../enterprise/NewProposalPage'));
const CasePage = lazy(() => import('../enterprise/CasePage'));
const InboxPage = lazy(() => import('../officer/InboxPage'));
const TaskPage = lazy(() => import('../officer/TaskPage'));
const MyCouncilsPage = lazy(() => import('../councils/MyCouncilsPage'));
const ConveneCouncilPage = lazy(() => import('../councils/ConveneCouncilPage'));
const CouncilPage = lazy(() => import('../councils/CouncilPage'));
const NotificationsPage = lazy(() => import('../shell/NotificationsPage'));
const PilotModelPage = lazy(() => import('../pilot-models/PilotModelPage'));
const NotFoundPage = lazy(() => import('../shell/NotFoundPage'));

// Secondary text, placeholders and descriptions darker than antd's defaults: WCAG AA contrast (4.5:1).
const THEME = {
  token: {
    // No animation for users who asked their system for less motion.
    motion: !window.matchMedia('(prefers-reduced-motion: reduce)').matches,
    colorPrimary: '#0b5cad',
    colorLink: '#0b5cad',
    colorInfo: '#0b5cad',
    colorSuccess: '#237804',
    colorError: '#c8102e',
    colorWarning: '#ad6800',
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
    colorTextQuaternary: 'rgba(0, 0, 0, 0.6)',
  },
};

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 5_000,
      // A 4xx will not change by asking again.
      retry: (count, error) => !(error instanceof ProblemError && error.problem.status < 500) && count < 2,
    },
  },
});

export function App() {
  const { i18n } = useTranslation();
  dayjs.locale(i18n.language === 'en' ? 'en' : 'vi');
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : viVN} theme={THEME}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <AuthProvider>
            <BrowserRouter>
              <Suspense fallback={<PageSpinner />}>
                <Routes>
                  <Route path="/login" element={<LoginPage />} />
                  <Route
                    element={
                      <RequireAuth>
                        <AppLayout />
                      </RequireAuth>
                    }
                  >
                    <Route index element={<HomeRedirect />} />
                    <Route path="applications" element={<MyCasesPage />} />
                    <Route path="applications/new" element={<NewProposalPage />} />
                    <Route path="applications/:id" element={<CasePage />} />
                    <Route path="tasks" element={<InboxPage />} />
                    <Route path="tasks/:id" element={<TaskPage />} />
                    <Route path="councils" element={<MyCouncilsPage />} />
                    <Route path="councils/new" element={<ConveneCouncilPage />} />
                    <Route path="councils/:id" element={<CouncilPage />} />
                    <Route path="notifications" element={<NotificationsPage />} />
                    <Route path="pilot-models/:id" element={<PilotModelPage />} />
                    <Route path="*" element={<NotFoundPage />} />
                  </Route>
                </Routes>
              </Suspense>
            </BrowserRouter>
          </AuthProvider>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
