import { createBrowserRouter } from 'react-router';
import { Layout } from './components/layout';
import { HomePage } from './pages/home-page';
import { InvitationPage } from './pages/invitation-page';
import { NotFoundPage } from './pages/not-found-page';
import { BusinessNamePage } from './pages/providers/business-name-page';
import { ProviderProblemPage } from './pages/providers/provider-problem-page';
import { ProviderSignedInPage } from './pages/providers/provider-signed-in-page';
import { SettingsPage } from './pages/settings-page';
import { SigninPage } from './pages/signin-page';
import { SignupPage } from './pages/signup-page';
import { VerifyPage } from './pages/verify-page';

/** The server answers these same paths with the app (apps/server/src/web-app.ts). */
export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      {
        index: true,
        lazy: () =>
          import('./pages/welcome-page').then(({ WelcomePage }) => ({ Component: WelcomePage })),
      },
      { path: 'signup', element: <SignupPage /> },
      { path: 'signin', element: <SigninPage /> },
      { path: 'signin/complete', element: <ProviderSignedInPage /> },
      { path: 'signin/problem', element: <ProviderProblemPage /> },
      { path: 'signup/business', element: <BusinessNamePage /> },
      { path: 'verify', element: <VerifyPage /> },
      { path: 'invitation', element: <InvitationPage /> },
      { path: 'home', element: <HomePage /> },
      { path: 'settings', element: <SettingsPage /> },
      // Only operators open it, and its charts (chart.js) are most of the app's weight: loaded
      // when the page is, not with every other page.
      {
        path: 'admin',
        lazy: () =>
          import('./pages/admin-page').then(({ AdminPage }) => ({ Component: AdminPage })),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
