import { DEFAULT_NEXT_PATH } from '@dyocense/api/next-path';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { NoticeState } from '../pages/page-notice';
import { useSession, type SignedOutReason } from '../session/session-context';
import type { Session } from '../session/session-store';

const SIGN_IN_FIRST: NoticeState = {
  notice: 'Sign in, or open the sign-in link from your email, to continue.',
};

/**
 * The sign-in page, asked to come back to `path` once signed in; not after a sign-out (the
 * person chose to leave), and not for the home page, where signing in goes anyway.
 */
export function signinPathFor(path: string, reason: SignedOutReason): string {
  const comesBack = reason === 'none' || reason === 'expired';
  if (!comesBack || path === DEFAULT_NEXT_PATH) return '/signin';
  return `/signin?${new URLSearchParams({ next: path })}`;
}

/** Renders `children` with the session, or sends a signed-out visitor to the sign-in page. */
export function SignedInOnly({ children }: { children: (session: Session) => ReactNode }) {
  const { session, signedOutReason } = useSession();
  const { pathname, search } = useLocation();
  if (!session) {
    // The sign-in page explains a sign-out or an ended session itself.
    const state = signedOutReason === 'none' ? SIGN_IN_FIRST : null;
    const to = signinPathFor(`${pathname}${search}`, signedOutReason);
    return <Navigate to={to} replace state={state} />;
  }
  return children(session);
}
