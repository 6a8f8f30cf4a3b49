import { RouterProvider } from 'react-router/dom';
import { ApiProvider } from './api-provider';
import { router } from './router';
import { SessionProvider } from './session/session-context';
import { createSessionStore } from './session/session-store';

const sessionStore = createSessionStore(window.localStorage);

export function App() {
  return (
    <SessionProvider store={sessionStore}>
      <ApiProvider>
        <RouterProvider router={router} />
      </ApiProvider>
    </SessionProvider>
  );
}
