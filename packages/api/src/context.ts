import type { DB } from '@dyocense/db';
import type { JwtService } from './jwt';

export interface ApiDeps {
  db: DB;
  jwt: JwtService;
  /** Return the verification token in the sign-up response (development without email). @default false */
  devMode?: boolean;
  /** How long a sign-up link lasts, in seconds. @default 86400 */
  verificationTokenTtlSeconds?: number;
  /** How long a sign-in link lasts, in seconds. @default 900 */
  signinTokenTtlSeconds?: number;
  /** The web app's address, for links in emails. @default 'http://localhost:8001' */
  frontendUrl?: string;
  /** Called after an email is queued, so the outbox can send it at once. @default no-op */
  onEmailQueued?: () => void;
  /** The clock; tests move it instead of waiting. @default () => new Date() */
  now?: () => Date;
}

export interface CreateContextOptions extends ApiDeps {
  /** The request's `Authorization` header, if any. */
  authorization?: string | null;
}

const systemClock = (): Date => new Date();
const noop = (): void => {};

/** The context of one call: the injected services and what the request brought. */
export function createContext(options: CreateContextOptions) {
  return {
    db: options.db,
    jwt: options.jwt,
    devMode: options.devMode ?? false,
    verificationTokenTtlSeconds: options.verificationTokenTtlSeconds ?? 86_400,
    signinTokenTtlSeconds: options.signinTokenTtlSeconds ?? 900,
    frontendUrl: (options.frontendUrl ?? 'http://localhost:8001').replace(/\/+$/, ''),
    onEmailQueued: options.onEmailQueued ?? noop,
    now: options.now ?? systemClock,
    authorization: options.authorization ?? null,
  };
}

export type Context = ReturnType<typeof createContext>;
