import type { DB } from '@dyocense/db';
import type { JwtService } from './jwt';
import { createOAuthProviders, type OAuthProviders } from './oauth/providers';
import type { RateLimits } from './rate-limits';
import { API_DEFAULTS } from './defaults';
import { createAuthEventLog, type AuthEventOptions } from './services/auth-events';
import { relyingPartyOf } from './services/webauthn';

/** What a server configures once; `createApiDeps` fills in the defaults. */
export interface ApiOptions {
  db: DB;
  jwt: JwtService;
  /** Return the verification token in the sign-up response (development without email). @default false */
  devMode?: boolean;
  /** How long a sign-up link lasts, in seconds. @default 86400 */
  verificationTokenTtlSeconds?: number;
  /** How long a sign-in link lasts, in seconds. @default 900 */
  signinTokenTtlSeconds?: number;
  /** How long the code in a sign-up or sign-in email works, in seconds (at most the link's). @default 600 */
  emailCodeTtlSeconds?: number;
  /** The web app's address, for links in emails. @default 'http://localhost:8001' */
  frontendUrl?: string;
  /** Called after an email is queued, so the outbox can send it at once. @default no-op */
  onEmailQueued?: () => void;
  /** A session ends after this many days without a refresh. @default 30 */
  sessionTtlDays?: number;
  /** How long an invitation's link lasts, in days; a resend starts it again. @default 7 */
  invitationTtlDays?: number;
  /** A refresh token rotated this recently is a concurrent refresh, not theft. @default 10 */
  refreshReuseGraceSeconds?: number;
  /** Limits on sign-up, sign-in, verification and refresh; none when absent. */
  rateLimits?: RateLimits;
  /** The clock; tests move it instead of waiting. @default () => new Date() */
  now?: () => Date;
  /** How auth events name addresses, and who is told of them (metrics). */
  authEvents?: AuthEventOptions;
  /** The operator key of the admin API (ADMIN_API_KEY); the admin API is off without one. */
  adminApiKey?: string | undefined;
  /** Sign-in providers (Google, GitHub, OpenID Connect). @default none */
  oauthProviders?: OAuthProviders;
  /** The passkeys' relying party ID (WEBAUTHN_RP_ID). @default the host of `frontendUrl` */
  webauthnRpId?: string | undefined;
  /** Adding or removing a passkey needs a sign-in this recent, in seconds. @default 600 */
  freshSigninSeconds?: number;
}

/** How the HTTP adapter hands the refresh-token cookie to the browser. */
export type SetRefreshCookie = (cookie: { token: string; expiresAt: Date } | null) => void;

/** What one request brings, and how its response is told of headers and cookies. */
export interface RequestOptions {
  /** The request's `Authorization` header, if any. */
  authorization?: string | null;
  /** The request's `User-Agent`, kept with a new session to name the device. */
  userAgent?: string | null;
  /** The refresh token from the request's cookie, if any. */
  refreshCookie?: string | null;
  /** Sets (or, with null, clears) the refresh-token cookie on the response. @default no-op */
  setRefreshCookie?: SetRefreshCookie;
  /** The client's address (from the socket, or from trusted proxies), for rate limits. */
  clientIp?: string | null;
  /** Sets a header on the response (Retry-After). @default no-op */
  setResponseHeader?: (name: string, value: string) => void;
}

const systemClock = (): Date => new Date();
const NO_PROVIDERS = createOAuthProviders([], 'http://localhost');
const noop = (): void => {};

/**
 * The services and settings every call shares, with the defaults applied: built once per server
 * (or test), then handed to `createContext` for each request.
 */
export function createApiDeps(options: ApiOptions) {
  const now = options.now ?? systemClock;
  const frontendUrl = (options.frontendUrl ?? API_DEFAULTS.frontendUrl).replace(/\/+$/, '');
  return {
    db: options.db,
    jwt: options.jwt,
    devMode: options.devMode ?? false,
    verificationTokenTtlSeconds:
      options.verificationTokenTtlSeconds ?? API_DEFAULTS.verificationTokenTtlSeconds,
    signinTokenTtlSeconds: options.signinTokenTtlSeconds ?? API_DEFAULTS.signinTokenTtlSeconds,
    emailCodeTtlSeconds: options.emailCodeTtlSeconds ?? API_DEFAULTS.emailCodeTtlSeconds,
    frontendUrl,
    onEmailQueued: options.onEmailQueued ?? noop,
    now,
    sessionTtlDays: options.sessionTtlDays ?? API_DEFAULTS.sessionTtlDays,
    invitationTtlDays: options.invitationTtlDays ?? API_DEFAULTS.invitationTtlDays,
    refreshReuseGraceSeconds:
      options.refreshReuseGraceSeconds ?? API_DEFAULTS.refreshReuseGraceSeconds,
    rateLimits: options.rateLimits,
    /** Writes auth events; each context binds it to its client as `events`. */
    eventLog: createAuthEventLog({ ...options.authEvents, now }),
    adminApiKey: options.adminApiKey,
    oauthProviders: options.oauthProviders ?? NO_PROVIDERS,
    /** Who passkeys are for: the web app's origin, and the RP ID they are bound to. */
    relyingParty: relyingPartyOf(frontendUrl, options.webauthnRpId),
    freshSigninSeconds: options.freshSigninSeconds ?? API_DEFAULTS.freshSigninSeconds,
  };
}

export type ApiDeps = ReturnType<typeof createApiDeps>;

/**
 * The context of one call: the shared `deps` and what the request brought. Only copies and
 * defaults: everything that costs something was built in `createApiDeps`.
 */
export function createContext(deps: ApiDeps, request: RequestOptions = {}) {
  return {
    ...deps,
    authorization: request.authorization ?? null,
    userAgent: request.userAgent ?? null,
    refreshCookie: request.refreshCookie ?? null,
    setRefreshCookie: request.setRefreshCookie ?? noop,
    clientIp: request.clientIp ?? 'unknown',
    setResponseHeader: request.setResponseHeader ?? noop,
    events: deps.eventLog.forClient(request.clientIp ?? null, request.userAgent ?? null),
  };
}

export type Context = ReturnType<typeof createContext>;
