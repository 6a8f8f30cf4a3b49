import { verifyOutput } from '@dyocense/api/schemas';
import type { z } from 'zod';

/** What the browser keeps after verifying: the JWT, when it expires, and who it is for. */
export const sessionSchema = verifyOutput.omit({ token: true });
export type Session = z.infer<typeof sessionSchema>;

export const SESSION_STORAGE_KEY = 'dyocense.session';

export type StoredSession =
  { status: 'active'; session: Session } | { status: 'expired' } | { status: 'none' };

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * The one place a session is kept. It is in localStorage so a reload or a new tab stays signed
 * in until the JWT expires; a refresh token would be stored and used from here too.
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
      if (Date.parse(parsed.data.expires_at) <= now()) {
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

function parseJson(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
