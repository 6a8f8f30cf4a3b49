import { useMutation } from '@tanstack/react-query';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { describeFailure } from '../api-errors';
import { ErrorBanner } from '../components/messages';
import { Screen } from '../components/screen';
import { useSession } from '../session/session-context';
import { useTRPC } from '../trpc';
import type { SignupPageState } from './signup-page';
import { readVerifyLink, removeTokenFromAddressBar } from './verify-link';

const NEW_LINK: SignupPageState = { notice: 'Enter your details and we will send you a new link.' };

export function VerifyPage() {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const { signIn } = useSession();
  const [link] = useState(() => readVerifyLink(window.location.href));
  const verify = useMutation(
    trpc.auth.verify.mutationOptions({
      onSuccess(session) {
        signIn(session);
        void navigate(link.next, { replace: true });
      },
    }),
  );

  useLayoutEffect(removeTokenFromAddressBar, []);

  // A token works once: React's development double effects must not send it twice.
  const sent = useRef(false);
  useEffect(() => {
    if (sent.current || !link.token) return;
    sent.current = true;
    verify.mutate({ token: link.token });
  }, [link.token, verify]);

  if (!link.token) return <LinkProblem kind="link-unknown" />;
  if (!verify.isError) {
    return (
      <Screen title="Signing you in…">
        <p role="status">Checking your link.</p>
      </Screen>
    );
  }
  const failure = describeFailure(verify.error);
  if (isLinkProblem(failure.kind)) return <LinkProblem kind={failure.kind} />;
  const retry = { token: link.token };
  return (
    <Screen title="We could not check your link">
      <ErrorBanner>{failure.message}</ErrorBanner>
      <div className="actions">
        <button type="button" className="button-primary" onClick={() => verify.mutate(retry)}>
          Try again
        </button>
      </div>
    </Screen>
  );
}

type LinkProblemKind = 'link-expired' | 'link-used' | 'link-unknown';

const LINK_PROBLEMS: Record<
  LinkProblemKind,
  { title: string; explanation: string; offerHome?: boolean }
> = {
  'link-expired': {
    title: 'This link has expired',
    explanation: 'Sign-in links work for a limited time. Ask for a new one and use it soon.',
  },
  'link-used': {
    title: 'This link was already used',
    explanation:
      'Each link works once. If you opened it before, you are signed in where you opened it. Otherwise, ask for a new link.',
    offerHome: true,
  },
  'link-unknown': {
    title: 'This link is not valid',
    explanation: 'Check that you opened the whole link from your email, or ask for a new one.',
  },
};

function isLinkProblem(kind: string): kind is LinkProblemKind {
  return kind in LINK_PROBLEMS;
}

function LinkProblem({ kind }: { kind: LinkProblemKind }) {
  const { title, explanation, offerHome } = LINK_PROBLEMS[kind];
  return (
    <Screen title={title}>
      <p>{explanation}</p>
      <div className="actions">
        {offerHome && (
          <Link to="/home" className="button-primary">
            Go to your plans
          </Link>
        )}
        <Link to="/signup" state={NEW_LINK} className={offerHome ? undefined : 'button-primary'}>
          Send a new link
        </Link>
      </div>
    </Screen>
  );
}
