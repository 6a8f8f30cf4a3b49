import { nextPathOrHome } from '@dyocense/api/next-path';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Screen } from '../../components/screen';
import { useSession } from '../../session/session-context';
import { sessionFromCookie } from './session-from-cookie';

function browserFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  return window.fetch(input, init);
}

/** `/signin/complete?next=…`: where the server sends the browser once a provider signed it in. */
export function ProviderSignedInPage() {
  const navigate = useNavigate();
  const { signIn } = useSession();
  const [failed, setFailed] = useState(false);

  // The refresh rotates the cookie: React's development double effects must not send it twice.
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const next = new URLSearchParams(window.location.search).get('next');
    void sessionFromCookie(browserFetch).then((session) => {
      if (!session) {
        setFailed(true);
        return;
      }
      signIn(session);
      void navigate(nextPathOrHome(next), { replace: true });
    });
  }, [navigate, signIn]);

  if (!failed) {
    return (
      <Screen title="Signing you in…">
        <p role="status">Finishing your sign-in.</p>
      </Screen>
    );
  }
  return (
    <Screen title="We could not finish signing you in">
      <p>Your sign-in did not reach this browser. Sign in again to continue.</p>
      <div className="actions">
        <Link to="/signin" className="button-primary">
          Sign in
        </Link>
      </div>
    </Screen>
  );
}
