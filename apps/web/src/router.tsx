import { lazy, Suspense, type ComponentType } from 'react';
import { Route, Routes } from 'react-router';
import { Layout } from './components/layout';
import { PageLoading } from './components/page-loading';
import { NotFoundPage } from './pages/not-found-page';
import { SignupPage } from './pages/signup-page';

/** A page whose script loads when it is first opened. */
function lazyPage<Name extends string>(
  load: () => Promise<Record<Name, ComponentType>>,
  name: Name,
): ComponentType {
  return lazy<ComponentType>(() => load().then((module) => ({ default: module[name] })));
}

/** `/`: a newcomer's choice between signing up and signing in; anyone signed in goes home. */
const WelcomePage = lazyPage(() => import('./pages/welcome-page'), 'WelcomePage');

/** The pages that load apart, by path; made once, so that a page keeps its state. */
const LAZY_PAGES: [path: string, Page: ComponentType][] = [
  ['signin', lazyPage(() => import('./pages/signin-page'), 'SigninPage')],
  [
    'signin/complete',
    lazyPage(() => import('./pages/providers/provider-signed-in-page'), 'ProviderSignedInPage'),
  ],
  [
    'signin/problem',
    lazyPage(() => import('./pages/providers/provider-problem-page'), 'ProviderProblemPage'),
  ],
  [
    'signup/business',
    lazyPage(() => import('./pages/providers/business-name-page'), 'BusinessNamePage'),
  ],
  ['verify', lazyPage(() => import('./pages/verify-page'), 'VerifyPage')],
  ['invitation', lazyPage(() => import('./pages/invitation-page'), 'InvitationPage')],
  ['home', lazyPage(() => import('./pages/home-page'), 'HomePage')],
  ['settings', lazyPage(() => import('./pages/settings-page'), 'SettingsPage')],
  // Only operators open it; its charts (chart.js) are most of the app's weight.
  ['admin', lazyPage(() => import('./pages/admin-page'), 'AdminPage')],
];

/**
 * The app's pages. Only /signup, where most visits start, and the 404 page come with the first
 * script (its budget: testing/first-load.ts); the others load when opened, showing "Loading…"
 * meanwhile (or, on a move from another page, that page, since the router moves in a
 * transition). The declarative router, not the data router: the app uses no loaders or actions,
 * and the data router would add 15 kB of brotli to every first load. The server answers these
 * same paths with the app (apps/server/src/web-app.ts).
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route
          index
          element={
            <Suspense fallback={<PageLoading />}>
              <WelcomePage />
            </Suspense>
          }
        />
        <Route path="signup" element={<SignupPage />} />
        {LAZY_PAGES.map(([path, Page]) => (
          <Route
            key={path}
            path={path}
            element={
              <Suspense fallback={<PageLoading />}>
                <Page />
              </Suspense>
            }
          />
        ))}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
