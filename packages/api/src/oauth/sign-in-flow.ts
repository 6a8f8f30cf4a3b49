import {
  awaitBusinessName,
  consumeAuthorizingFlow,
  consumeNamingFlow,
  deleteExpiredOAuthFlows,
  findOAuthFlow,
  insertOAuthFlow,
  type DB,
  type OAuthFlow,
} from '@dyocense/db';
import { nextPathOrHome } from '../next-path';
import type { ProviderSignupInput } from '../schemas';
import type { SessionDeps, StartedSession } from '../services/sessions';
import { generateToken, hashToken } from '../tokens';
import { connectIdentity } from './connect-provider';
import { flowSecrets } from './flow-secrets';
import { OAuthFailure } from './oauth-failure';
import type { OAuthProvider } from './provider';
import type { OAuthProviders } from './providers';
import { inTransactionWithRetry, settleProviderAccount } from './provider-account';

/** Time to sign in at the provider and come back. */
export const FLOW_TTL_SECONDS = 600;
/** Time to name the business after coming back. */
export const NAMING_TTL_SECONDS = 900;

export interface OAuthDeps extends SessionDeps {
  providers: OAuthProviders;
}

/**
 * The browser's next step: signed in (its refresh token goes in the cookie), name the business
 * (with `namingKey`, the flow cookie's new value), or back to the page that connected the provider.
 */
export type FlowOutcome =
  | { kind: 'signed-in'; session: StartedSession; next: string }
  | { kind: 'needs-business-name'; next: string; namingKey: string }
  | { kind: 'connected'; next: string };

const secondsFrom = (now: Date, seconds: number) => new Date(now.getTime() + seconds * 1000);

function providerOrFail(deps: OAuthDeps, id: string): OAuthProvider {
  const provider = deps.providers.get(id);
  if (!provider) throw new OAuthFailure('OAUTH_PROVIDER_UNKNOWN');
  return provider;
}

/**
 * Starts a sign-in: a one-time state, kept only as a hash and bound to a browser key minted here
 * (for the HttpOnly cookie). A key the browser sends is never adopted: one planted by someone
 * else would let them finish this flow.
 */
export async function beginProviderSignIn(
  deps: OAuthDeps,
  request: {
    provider: string;
    next?: string | undefined;
    /** A signed-in user connecting the provider to their account. */
    linkUserId?: string;
  },
): Promise<{ redirectTo: URL; browserKey: string }> {
  const provider = providerOrFail(deps, request.provider);
  const browserKey = generateToken();
  const state = generateToken();
  const redirectTo = await provider.authorizationUrl(flowSecrets(browserKey, state));
  const now = deps.now();
  await deleteExpiredOAuthFlows(deps.db, now);
  await insertOAuthFlow(deps.db, {
    state_hash: hashToken(state),
    browser_hash: hashToken(browserKey),
    provider: provider.id,
    next_path: nextPathOrHome(request.next),
    stage: 'authorizing',
    link_user_id: request.linkUserId ?? null,
    created_at: now,
    expires_at: secondsFrom(now, FLOW_TTL_SECONDS),
  });
  return { redirectTo, browserKey };
}

async function explainUnusableState(db: DB, stateHash: string, now: Date): Promise<OAuthFailure> {
  const flow = await findOAuthFlow(db, stateHash);
  if (!flow) return new OAuthFailure('OAUTH_STATE_INVALID');
  if (flow.stage !== 'authorizing') return new OAuthFailure('OAUTH_STATE_USED');
  if (flow.expires_at <= now) return new OAuthFailure('OAUTH_STATE_EXPIRED');
  return new OAuthFailure('OAUTH_STATE_INVALID', 'another provider');
}

/** Uses the flow up first, whatever follows, so a callback can never be replayed. */
async function consumeFlow(
  deps: OAuthDeps,
  provider: string,
  state: string | undefined,
): Promise<OAuthFlow> {
  if (!state) throw new OAuthFailure('OAUTH_STATE_INVALID', 'no state');
  const now = deps.now();
  const stateHash = hashToken(state);
  const flow = await consumeAuthorizingFlow(deps.db, stateHash, provider, now);
  if (!flow) throw await explainUnusableState(deps.db, stateHash, now);
  return flow;
}

function providerError(error: string): OAuthFailure {
  return new OAuthFailure(
    error === 'access_denied' ? 'OAUTH_DENIED' : 'OAUTH_PROVIDER_ERROR',
    error.slice(0, 100),
  );
}

/**
 * The provider's redirect back: checks the state (once, and from the browser that began the
 * flow), trades the code with the PKCE verifier, checks the ID token, then signs in or provisions.
 */
export async function finishProviderSignIn(
  deps: OAuthDeps,
  callback: {
    provider: string;
    query: { state?: string; code?: string; error?: string };
    browserKey: string | null;
    userAgent: string | null;
  },
): Promise<FlowOutcome> {
  const provider = providerOrFail(deps, callback.provider);
  const { state, code, error } = callback.query;
  const flow = await consumeFlow(deps, provider.id, state);
  if (error) throw providerError(error);
  if (!callback.browserKey) throw new OAuthFailure('OAUTH_VERIFIER_MISSING');
  if (hashToken(callback.browserKey) !== flow.browser_hash) {
    throw new OAuthFailure('OAUTH_STATE_INVALID', 'another browser');
  }
  if (!code) throw new OAuthFailure('OAUTH_PROVIDER_ERROR', 'no code');
  const identity = await provider.identify(code, flowSecrets(callback.browserKey, state ?? ''));

  const linkUserId = flow.link_user_id;
  if (linkUserId) {
    await deps.db.transaction().execute((trx) =>
      connectIdentity(trx, deps.events, {
        provider: provider.id,
        identity,
        userId: linkUserId,
        now: deps.now(),
      }),
    );
    return { kind: 'connected', next: flow.next_path };
  }

  return inTransactionWithRetry(deps, async (trx) => {
    const outcome = await settleProviderAccount(trx, deps, {
      provider: provider.id,
      identity,
      businessName: identity.businessName,
      userAgent: callback.userAgent,
    });
    if (outcome.kind === 'signed-in') {
      return { kind: 'signed-in', session: outcome.session, next: flow.next_path };
    }
    // A new key for the naming step: only the browser that came back with this flow can finish it.
    const namingKey = generateToken();
    await awaitBusinessName(trx, flow.state_hash, {
      browser_hash: hashToken(namingKey),
      subject: identity.subject,
      email: identity.email ?? '',
      full_name: identity.name ?? '',
      expires_at: secondsFrom(deps.now(), NAMING_TTL_SECONDS),
    });
    return { kind: 'needs-business-name', next: flow.next_path, namingKey };
  });
}

/**
 * Finishes a sign-up that came back from a provider without a business name: takes the waiting
 * identity of the flow that the browser's naming key belongs to, once, and provisions the account
 * with the name given, in one transaction.
 */
export async function completeProviderSignup(
  deps: OAuthDeps,
  request: { browserKey: string | null; input: ProviderSignupInput; userAgent: string | null },
): Promise<{ session: StartedSession; next: string }> {
  const { browserKey } = request;
  if (!browserKey) throw new OAuthFailure('OAUTH_SIGNUP_EXPIRED', 'no cookie');
  return inTransactionWithRetry(deps, async (trx) => {
    const flow = await consumeNamingFlow(trx, hashToken(browserKey), deps.now());
    if (!flow?.subject || !flow.email) throw new OAuthFailure('OAUTH_SIGNUP_EXPIRED');
    const outcome = await settleProviderAccount(trx, deps, {
      provider: flow.provider,
      identity: {
        subject: flow.subject,
        email: flow.email,
        emailVerified: true,
        name: flow.full_name || null,
        businessName: null,
      },
      businessName: request.input.business_name,
      intent: request.input.intent,
      userAgent: request.userAgent,
    });
    if (outcome.kind !== 'signed-in') throw new OAuthFailure('OAUTH_SIGNUP_EXPIRED');
    return { session: outcome.session, next: flow.next_path };
  });
}
