import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { isJwtSpent, MIN_RENEWAL_GAP_MS, scheduleRenewal } from './refresh-schedule';
import type { RefreshOutcome } from './session-refresher';
import {
  SESSION_STORAGE_KEY,
  withRenewedJwt,
  type Session,
  type SessionStore,
  type StoredSession,
} from './session-store';

/** Why there is no session: never signed in, signed out (here or everywhere), or it ended. */
export type SignedOutReason = 'none' | 'signed-out' | 'signed-out-everywhere' | 'expired';

interface SessionState {
  session: Session | undefined;
  signedOutReason: SignedOutReason;
}

export interface SessionContextValue extends SessionState {
  signIn(session: Session): void;
  endSession(reason: Exclude<SignedOutReason, 'none'>): void;
  /** The JWT for the next API call, renewed first when it has run out. */
  accessToken(): Promise<string | undefined>;
  /** Trades the refresh cookie for a new JWT; ends the session when the server says it is over. */
  renewSession(): Promise<string | undefined>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

function stateFrom(stored: StoredSession): SessionState {
  return stored.status === 'active'
    ? { session: stored.session, signedOutReason: 'none' }
    : { session: undefined, signedOutReason: stored.status === 'expired' ? 'expired' : 'none' };
}

interface SessionProviderProps {
  store: SessionStore;
  /** One refresh through the HttpOnly cookie; see session-refresher.ts. */
  refresh(): Promise<RefreshOutcome>;
  children: ReactNode;
}

export function SessionProvider({ store, refresh, children }: SessionProviderProps) {
  const [state, setState] = useState(() => stateFrom(store.read()));
  const lastRenewedAt = useRef<number>(undefined);

  const signIn = useCallback(
    (session: Session) => {
      store.write(session);
      setState({ session, signedOutReason: 'none' });
    },
    [store],
  );
  const endSession = useCallback(
    (reason: Exclude<SignedOutReason, 'none'>) => {
      store.clear();
      setState({ session: undefined, signedOutReason: reason });
    },
    [store],
  );
  const renewSession = useCallback(async () => {
    const outcome = await refresh();
    // A sign-out while the refresh was in flight wins over its answer.
    const stored = store.read();
    if (stored.status !== 'active') return undefined;
    if (outcome.kind === 'ended') endSession('expired');
    if (outcome.kind !== 'refreshed') return undefined;
    const renewed = withRenewedJwt(stored.session, outcome.answer);
    lastRenewedAt.current = Date.now();
    signIn(renewed);
    return renewed.jwt;
  }, [refresh, store, signIn, endSession]);
  const accessToken = useCallback(async () => {
    const stored = store.read();
    if (stored.status !== 'active') return undefined;
    const { jwt, expires_at } = stored.session;
    // Just renewed: the server accepted that JWT moments ago, whatever this clock says.
    const justRenewed = Date.now() - (lastRenewedAt.current ?? -Infinity) < MIN_RENEWAL_GAP_MS;
    if (justRenewed || !isJwtSpent(expires_at, Date.now())) return jwt;
    return (await renewSession()) ?? jwt;
  }, [store, renewSession]);

  // Another tab signed in, renewed or signed out: follow it.
  useEffect(() => {
    const follow = (event: StorageEvent) => {
      if (event.key === SESSION_STORAGE_KEY || event.key === null)
        setState(stateFrom(store.read()));
    };
    window.addEventListener('storage', follow);
    return () => window.removeEventListener('storage', follow);
  }, [store]);

  useEffect(() => {
    if (!state.session) return;
    return scheduleRenewal(state.session.expires_at, () => void renewSession(), {
      lastRenewedAt: lastRenewedAt.current,
    });
  }, [state.session, renewSession]);

  const value = useMemo(
    () => ({ ...state, signIn, endSession, accessToken, renewSession }),
    [state, signIn, endSession, accessToken, renewSession],
  );
  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession needs a <SessionProvider> above it');
  return value;
}
