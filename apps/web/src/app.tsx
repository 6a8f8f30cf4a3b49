import { BrowserRouter } from 'react-router';
import { ApiProvider } from './api-provider';
import { AppRoutes } from './router';
import { requestRefresh } from './session/refresh-request';
import { SessionProvider } from './session/session-context';
import { createSessionRefresher } from './session/session-refresher';
import { createSessionStore } from './session/session-store';

const sessionStore = createSessionStore(window.localStorage);
const refreshSession = createSessionRefresher(() => requestRefresh(browserFetch));

function browserFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  return window.fetch(input, init);
}

export function App() {
  return (
    <SessionProvider store={sessionStore} refresh={refreshSession}>
      <ApiProvider fetch={browserFetch}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </ApiProvider>
    </SessionProvider>
  );
}
