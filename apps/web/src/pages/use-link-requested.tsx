import { nextPathOrHome } from '@dyocense/api/next-path';
import type { RouterOutputs } from '@dyocense/client';
import { lazy, Suspense, useEffect, useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { PageLoading } from '../components/page-loading';
import { linkNonce } from '../session/browser-link-nonce';
import { pendingLink } from '../session/browser-pending-link';
import type { LinkPurpose, PendingLink } from '../session/pending-link';
import { useSession } from '../session/session-context';
import type { Session } from '../session/session-store';

type LinkRequestAnswer = RouterOutputs['auth']['signin'];

// Shown only once a link is asked for: kept out of the sign-up page's first script.
const CheckEmail = lazy(() =>
  import('./check-email').then(({ CheckEmail }) => ({ default: CheckEmail })),
);

/**
 * What happens once a link is requested: development answers with the token instead of emailing
 * it, so the app follows the link at once; otherwise `checkEmail` is the screen to show instead
 * of the form (kept across reloads), until the person signs in or chooses a different email.
 * Signed in (here, or in another tab with the link or the code), `checkEmail` sends them on to
 * `next`: the page they meant to open (`?next=`, kept while waiting), else home.
 */
export function useLinkRequested(purpose: LinkPurpose) {
  const navigate = useNavigate();
  const { session, signIn } = useSession();
  const [params] = useSearchParams();
  const [waiting, setWaiting] = useState(() => pendingLink.read(purpose));
  const next = waiting?.next ?? nextPathOrHome(params.get('next'));

  // Signed in by any way (another tab included): nothing is waited for any more.
  useEffect(() => {
    if (session) pendingLink.clear();
  }, [session]);

  const keep = (link: PendingLink) => {
    pendingLink.write(link);
    setWaiting(link);
  };
  const linkRequested = (answer: LinkRequestAnswer) => {
    if (answer.token) {
      const link = new URLSearchParams({ token: answer.token, next });
      void navigate(`/verify?${link}`);
    } else {
      keep({ email: answer.email, purpose, sentAt: Date.now(), next });
    }
  };
  const signedInWithCode = (verified: Session) => {
    linkNonce.clear();
    pendingLink.clear();
    signIn(verified);
  };

  let checkEmail;
  if (session) checkEmail = <Navigate to={next} replace />;
  else if (waiting) {
    checkEmail = (
      <Suspense fallback={<PageLoading />}>
        <CheckEmail
          waiting={waiting}
          onResent={(sentAt) => keep({ ...waiting, sentAt })}
          onSignedIn={signedInWithCode}
          onUseAnotherEmail={() => {
            pendingLink.clear();
            setWaiting(undefined);
          }}
        />
      </Suspense>
    );
  }
  return { linkRequested, checkEmail, next };
}
