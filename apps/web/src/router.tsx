import { lazy, Suspense, type ComponentType } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { Layout } from './components/layout';
import { PageLoading } from './components/page-loading';
import { NotFoundPage } from './pages/not-found-page';
import { SignupPage } from './pages/signup-page';

/**
 * A page whose script loads when it is first opened, showing "Loading…" meanwhile (and, on a
 * move from another page, that page, since the router moves in a transition).
 */
function lazyPage<Name extends string>(
  load: () => Promise<Record<Name, ComponentType>>,
  name: Name,
) {
  const Page = lazy<ComponentType>(() => load().then((module) => ({ default: module[name] })));
  return (
    <Suspense fallback={<PageLoading />}>
      <Page />
    </Suspense>
  );
}

/**
 * The app's pages. Only /signup, where most visits start, and the 404 page come with the first
 * script (its budget: first-load-budget.test.ts); the others load when opened. The declarative
 * router, not the data router: the app uses no loaders or actions, and the data router would add
 * 15 kB of brotli to every first load. The server answers these same paths with the app
 * (apps/server/src/web-app.ts).
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<Navigate to="/home" replace />} />
        <Route path="signup" element={<SignupPage />} />
        <Route
          path="signin"
          element={lazyPage(() => import('./pages/signin-page'), 'SigninPage')}
        />
        <Route
          path="signin/complete"
          element={lazyPage(
            () => import('./pages/providers/provider-signed-in-page'),
            'ProviderSignedInPage',
          )}
        />
        <Route
          path="signin/problem"
          element={lazyPage(
            () => import('./pages/providers/provider-problem-page'),
            'ProviderProblemPage',
          )}
        />
        <Route
          path="signup/business"
          element={lazyPage(
            () => import('./pages/providers/business-name-page'),
            'BusinessNamePage',
          )}
        />
        <Route
          path="verify"
          element={lazyPage(() => import('./pages/verify-page'), 'VerifyPage')}
        />
        <Route
          path="invitation"
          element={lazyPage(() => import('./pages/invitation-page'), 'InvitationPage')}
        />
        <Route path="home" element={lazyPage(() => import('./pages/home-page'), 'HomePage')} />
        <Route
          path="settings"
          element={lazyPage(() => import('./pages/settings-page'), 'SettingsPage')}
        />
        {/* Only operators open it; its charts (chart.js) are most of the app's weight. */}
        <Route path="admin" element={lazyPage(() => import('./pages/admin-page'), 'AdminPage')} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
