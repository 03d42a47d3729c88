import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Route, Routes } from 'react-router';
import type { MeView } from '../shared/api/types.ts';
import { ForgotPasswordPage } from './auth/ForgotPasswordPage.tsx';
import { LoginPage } from './auth/LoginPage.tsx';
import { RequireSession } from './auth/RequireSession.tsx';
import { ResetPasswordPage } from './auth/ResetPasswordPage.tsx';
import { SessionProvider } from './auth/SessionContext.tsx';
import { SetupPage } from './auth/SetupPage.tsx';
import { AcceptInvitationPage } from './invitations/AcceptInvitationPage.tsx';
import { LoadFailureBoundary } from './layout/LoadFailureBoundary.tsx';
import { PageLoading } from './layout/PageLoading.tsx';
import { ToastProvider } from './layout/Toasts.tsx';
import { useRouteFocus } from './layout/useRouteFocus.ts';
import { PurposeFirst } from './purpose/PurposeFirst.tsx';
import { DashboardPage } from './dashboard/DashboardPage.tsx';
import { StatementListPage } from './statements/StatementListPage.tsx';

// Loaded when first opened, so the statement list stays small: the editor (TipTap, Yjs), the
// secretariat's pages, the account page and the Statement of Purpose.
const StatementPage = lazy(() => import('./statements/StatementPage.tsx').then((module) => ({ default: module.StatementPage })));
const AdminArea = lazy(() => import('./admin/AdminArea.tsx').then((module) => ({ default: module.AdminArea })));
const AccountPage = lazy(() => import('./account/AccountPage.tsx').then((module) => ({ default: module.AccountPage })));
const PurposePage = lazy(() => import('./purpose/PurposePage.tsx').then((module) => ({ default: module.PurposePage })));
// A statement's versions, its upstream (for a fork) and its lineage, each opened from the statement.
const VersionsPage = lazy(() => import('./versions/VersionsPage.tsx').then((module) => ({ default: module.VersionsPage })));
const UpstreamPage = lazy(() => import('./forks/UpstreamPage.tsx').then((module) => ({ default: module.UpstreamPage })));
const LineagePage = lazy(() => import('./forks/LineagePage.tsx').then((module) => ({ default: module.LineagePage })));
// Where a signatory reads the exact final text and signs it for their organisation.
const SignPage = lazy(() => import('./signons/SignPage.tsx').then((module) => ({ default: module.SignPage })));
const SearchPage = lazy(() => import('./search/SearchPage.tsx').then((module) => ({ default: module.SearchPage })));
const NeedsPage = lazy(() => import('./needs/NeedsPage.tsx').then((module) => ({ default: module.NeedsPage })));

/** A page for signed-in people, whose code may still be on its way (or fail to arrive). */
function signedIn(page: (me: MeView) => ReactNode, loading?: string) {
  return (
    <RequireSession>
      {(me) => (
        <LoadFailureBoundary>
          <Suspense fallback={<PageLoading>{loading}</PageLoading>}>{page(me)}</Suspense>
        </LoadFailureBoundary>
      )}
    </RequireSession>
  );
}

export function App() {
  const { t } = useTranslation('layout');
  return (
    <SessionProvider>
      <ToastProvider>
        <BrowserRouter>
          <Routes>
            <Route path="/login" element={<LoginPage />} />
            <Route path="/setup" element={<SetupPage />} />
            <Route path="/invitations/:token" element={<AcceptInvitationPage />} />
            <Route path="/reset-password/:token" element={<ResetPasswordPage />} />
            <Route path="/forgot-password" element={<ForgotPasswordPage />} />
            <Route
              path="/"
              element={signedIn((me) => (
                <PurposeFirst me={me}>
                  <DashboardPage me={me} />
                </PurposeFirst>
              ))}
            />
            <Route
              path="/statements"
              element={signedIn((me) => (
                <PurposeFirst me={me}>
                  <StatementListPage me={me} />
                </PurposeFirst>
              ))}
            />
            <Route path="/statements/:id" element={signedIn((me) => <StatementPage key={me.user.id} me={me} />, t('layout:loading.editor'))} />
            <Route path="/statements/:id/versions" element={signedIn((me) => <VersionsPage key={me.user.id} me={me} />)} />
            <Route path="/statements/:id/upstream" element={signedIn((me) => <UpstreamPage key={me.user.id} me={me} />)} />
            <Route path="/statements/:id/lineage" element={signedIn((me) => <LineagePage key={me.user.id} me={me} />)} />
            <Route path="/statements/:id/sign" element={signedIn((me) => <SignPage key={me.user.id} me={me} />)} />
            <Route path="/purpose" element={signedIn((me) => <PurposePage me={me} />)} />
            <Route path="/search" element={signedIn((me) => <SearchPage me={me} />)} />
            <Route path="/needs" element={signedIn((me) => <NeedsPage me={me} />)} />
            <Route path="/account" element={signedIn((me) => <AccountPage me={me} />)} />
            <Route path="/admin/*" element={signedIn((me) => <AdminArea me={me} />)} />
            <Route path="*" element={<NotFound />} />
          </Routes>
          {/* After the routes: a page that moves the focus as it opens (its effects run first) keeps it. */}
          <RouteFocus />
        </BrowserRouter>
      </ToastProvider>
    </SessionProvider>
  );
}

/** After following a link, the keyboard starts on the new page's h1. */
function RouteFocus() {
  useRouteFocus();
  return null;
}

function NotFound() {
  const { t } = useTranslation('common');
  return (
    <main className="page">
      <h1>{t('notFound.title')}</h1>
      <p>
        <a href="/">{t('notFound.home')}</a>
      </p>
    </main>
  );
}
