import { useQuery } from '@tanstack/react-query';
import { waitDescription } from '@dyocense/api/wait-description';
import { Link, useSearchParams } from 'react-router';
import { Screen } from '../../components/screen';
import { useTRPC } from '../../trpc';

interface Problem {
  title: string;
  /** `wait`: "9 minutes", for a rate limit whose wait the server gave. */
  explanation: (provider: string, wait: string | undefined) => string;
  /** The way forward: the email link, or trying the provider again. */
  action: 'email' | 'retry';
}

const START_AGAIN = 'Start again, and finish signing in within ten minutes.';

const PROBLEMS: Record<string, Problem> = {
  OAUTH_DENIED: {
    title: 'Sign-in was cancelled',
    explanation: (provider) => `${provider} did not sign you in, so nothing changed.`,
    action: 'retry',
  },
  OAUTH_STATE_USED: {
    title: 'This sign-in was already used',
    explanation: () =>
      `Each sign-in with a provider works once. If you finished it before, you are signed in where you finished it. ${START_AGAIN}`,
    action: 'retry',
  },
  OAUTH_STATE_EXPIRED: {
    title: 'This sign-in took too long',
    explanation: () => START_AGAIN,
    action: 'retry',
  },
  OAUTH_SIGNUP_EXPIRED: {
    title: 'This sign-up took too long',
    explanation: () => START_AGAIN,
    action: 'retry',
  },
  OAUTH_EMAIL_MISSING: {
    title: 'We need your email address',
    explanation: (provider) =>
      `${provider} did not share an email address with Dyocense. Sign up with your email instead.`,
    action: 'email',
  },
  OAUTH_EMAIL_UNVERIFIED: {
    title: 'Your email address is not verified',
    explanation: (provider) =>
      `${provider} has not confirmed that the email address is yours. Confirm it there, or sign in with an emailed link.`,
    action: 'email',
  },
  OAUTH_ACCOUNT_EXISTS: {
    title: 'You already have an account',
    explanation: (provider) =>
      `An account already uses the email address ${provider} gave. For your safety, sign in with an emailed link to that address; ${provider} is never linked by email alone.`,
    action: 'email',
  },
  OAUTH_IDENTITY_IN_USE: {
    title: 'This account is connected elsewhere',
    explanation: (provider) =>
      `Your ${provider} account is already connected to another Dyocense account, so it was not connected to this one.`,
    action: 'email',
  },
  OAUTH_RATE_LIMITED: {
    title: 'Too many attempts',
    explanation: (_provider, wait) =>
      `Too many sign-ins were started from your network. Try again in ${wait ?? 'a few minutes'}, or sign in with an emailed link now.`,
    action: 'email',
  },
  OAUTH_PROVIDER_UNAVAILABLE: {
    title: 'We could not reach the provider',
    explanation: (provider) => `${provider} did not answer. Try again in a moment.`,
    action: 'retry',
  },
};

/** Any other reason: the sign-in could not be checked, so it was refused. */
const NOT_VERIFIED: Problem = {
  title: 'We could not sign you in',
  explanation: (provider) =>
    `The answer from ${provider} could not be checked, so nothing was signed in. ${START_AGAIN}`,
  action: 'retry',
};

/** Where the server sends a refused sign-in with a provider: `?reason=…&provider=…`. */
export function ProviderProblemPage() {
  const [params] = useSearchParams();
  const trpc = useTRPC();
  const providers = useQuery(trpc.auth.providers.queryOptions(undefined, { staleTime: 300_000 }));
  const reason = params.get('reason') ?? '';
  const provider = providers.data?.items.find((item) => item.id === params.get('provider'));
  const problem = PROBLEMS[reason] ?? NOT_VERIFIED;
  const retryAfter = Number(params.get('retry_after'));
  const wait =
    Number.isInteger(retryAfter) && retryAfter > 0 ? waitDescription(retryAfter) : undefined;
  return (
    <Screen title={problem.title}>
      <p>{problem.explanation(provider?.name ?? 'Your provider', wait)}</p>
      <div className="actions">
        {problem.action === 'retry' && provider && (
          <a className="button-primary" href={provider.authorize_url}>
            Try {provider.name} again
          </a>
        )}
        <Link
          to="/signin"
          className={problem.action === 'email' || !provider ? 'button-primary' : undefined}
        >
          Sign in with an emailed link
        </Link>
      </div>
    </Screen>
  );
}
