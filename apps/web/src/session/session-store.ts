import { verifyOutput } from '@dyocense/api/schemas';
import type { z } from 'zod';
import type { RefreshAnswer } from './refresh-request';
import { parseJson, type KeyValueStorage } from './stored-json';

/**
 * What the browser keeps after verifying: the JWT, when it and the session expire, and who it is
 * for. Never a refresh token: that stays in an HttpOnly cookie (the schema drops it).
 */
export const sessionSchema = verifyOutput.omit({ token: true, refresh_token: true });
export type Session = z.infer<typeof sessionSchema>;

export const SESSION_STORAGE_KEY = 'dyocense.session';

export type StoredSession =
  { status: 'active'; session: Session } | { status: 'expired' } | { status: 'none' };

/**
 * The one place a session is kept. It is in localStorage so a reload or a new tab stays signed
 * in; a JWT past its expiry is still kept, to be renewed, until the session itself ends.
 */
export interface SessionStore {
  read(): StoredSession;
  write(session: Session): void;
  clear(): void;
}

export function createSessionStore(
  storage: KeyValueStorage,
  now: () => number = Date.now,
): SessionStore {
  const clear = () => storage.removeItem(SESSION_STORAGE_KEY);
  return {
    read() {
      const parsed = sessionSchema.safeParse(parseJson(storage.getItem(SESSION_STORAGE_KEY)));
      if (!parsed.success) {
        clear();
        return { status: 'none' };
      }
      if (Date.parse(parsed.data.refresh_expires_at) <= now()) {
        clear();
        return { status: 'expired' };
      }
      return { status: 'active', session: parsed.data };
    },
    write(session) {
      storage.setItem(SESSION_STORAGE_KEY, JSON.stringify(sessionSchema.parse(session)));
    },
    clear,
  };
}

/** The session with the JWT a refresh returned; the workspace is unchanged. */
export function withRenewedJwt(session: Session, answer: RefreshAnswer): Session {
  return sessionSchema.parse({ ...session, ...answer });
}
