import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import type { Session, SessionStore, StoredSession } from './session-store';

/** Why there is no session: never signed in, signed out, or the JWT ran out or was refused. */
export type SignedOutReason = 'none' | 'signed-out' | 'expired';

interface SessionState {
  session: Session | undefined;
  signedOutReason: SignedOutReason;
}

export interface SessionContextValue extends SessionState {
  signIn(session: Session): void;
  endSession(reason: Exclude<SignedOutReason, 'none'>): void;
  /** The JWT for the next API call; the place to renew it once refresh tokens exist. */
  accessToken(): string | undefined;
}

const SessionContext = createContext<SessionContextValue | null>(null);

// setTimeout fires at once for delays beyond a signed 32-bit number of milliseconds.
const MAX_TIMER_DELAY = 2 ** 31 - 1;

function stateFrom(stored: StoredSession): SessionState {
  return stored.status === 'active'
    ? { session: stored.session, signedOutReason: 'none' }
    : { session: undefined, signedOutReason: stored.status === 'expired' ? 'expired' : 'none' };
}

export function SessionProvider({ store, children }: { store: SessionStore; children: ReactNode }) {
  const [state, setState] = useState(() => stateFrom(store.read()));

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
  const accessToken = useCallback(() => {
    const stored = store.read();
    return stored.status === 'active' ? stored.session.jwt : undefined;
  }, [store]);

  useEffect(() => {
    if (!state.session) return;
    const delay = Date.parse(state.session.expires_at) - Date.now();
    const timer = setTimeout(() => endSession('expired'), Math.min(delay, MAX_TIMER_DELAY));
    return () => clearTimeout(timer);
  }, [state.session, endSession]);

  const value = useMemo(
    () => ({ ...state, signIn, endSession, accessToken }),
    [state, signIn, endSession, accessToken],
  );
  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession needs a <SessionProvider> above it');
  return value;
}
