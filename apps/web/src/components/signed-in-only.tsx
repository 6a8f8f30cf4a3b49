import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import type { NoticeState } from '../pages/page-notice';
import { useSession } from '../session/session-context';
import type { Session } from '../session/session-store';

const SIGN_IN_FIRST: NoticeState = {
  notice: 'Sign in, or open the sign-in link from your email, to continue.',
};

/** Renders `children` with the session, or sends a signed-out visitor to the sign-in page. */
export function SignedInOnly({ children }: { children: (session: Session) => ReactNode }) {
  const { session, signedOutReason } = useSession();
  if (!session) {
    // The sign-in page explains a sign-out or an ended session itself.
    const state = signedOutReason === 'none' ? SIGN_IN_FIRST : null;
    return <Navigate to="/signin" replace state={state} />;
  }
  return children(session);
}
