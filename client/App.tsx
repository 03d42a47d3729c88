import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { LoginPage } from './auth/LoginPage.tsx';
import { RequireSession } from './auth/RequireSession.tsx';
import { SessionProvider } from './auth/SessionContext.tsx';
import { SetupPage } from './auth/SetupPage.tsx';
import { AcceptInvitationPage } from './invitations/AcceptInvitationPage.tsx';
import { StatementListPage } from './statements/StatementListPage.tsx';

// The editor (TipTap, Yjs) loads only when a statement is opened.
const StatementPage = lazy(() => import('./statements/StatementPage.tsx').then((module) => ({ default: module.StatementPage })));

export function App() {
  return (
    <SessionProvider>
      <BrowserRouter>
        <Routes>
          <Route path="/login" element={<LoginPage />} />
          <Route path="/setup" element={<SetupPage />} />
          <Route path="/invitations/:token" element={<AcceptInvitationPage />} />
          <Route path="/" element={<RequireSession>{(me) => <StatementListPage me={me} />}</RequireSession>} />
          <Route path="/statements/:id" element={
              <RequireSession>
                {(me) => (
                  <Suspense fallback={<div className="page-loading" aria-busy="true">Opening the editor…</div>}>
                    <StatementPage key={me.user.id} me={me} />
                  </Suspense>
                )}
              </RequireSession>
            } />
          <Route path="*" element={<NotFound />} />
        </Routes>
      </BrowserRouter>
    </SessionProvider>
  );
}

function NotFound() {
  return (
    <main className="page">
      <h1>Page not found</h1>
      <p><a href="/">Go to the statements</a></p>
    </main>
  );
}
