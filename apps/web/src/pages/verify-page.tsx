import type { RouterInputs } from '@dyocense/client';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { describeFailure } from '../api-errors';
import { ErrorBanner } from '../components/messages';
import { Screen } from '../components/screen';
import { linkNonce } from '../session/browser-link-nonce';
import { offerAfterSignup } from '../session/browser-signup-offers';
import { pendingLink } from '../session/browser-pending-link';
import { useSession } from '../session/session-context';
import { useTRPC } from '../trpc';
import { isLinkProblem, LinkProblem, linkProblemFor } from './link-problem';
import { readVerifyLink, removeTokenFromAddressBar } from './verify-link';

/** The browser keeps its refresh token in an HttpOnly cookie, never where scripts can read it. */
function verifyInput(token: string, nonce: string | undefined): RouterInputs['auth']['verify'] {
  return { token, nonce, refresh_token_delivery: 'cookie' };
}

export function VerifyPage() {
  // Opened in the browser that asked for it, the link goes on to the page it was waiting for.
  const [link] = useState(() => readVerifyLink(window.location.href, pendingLink.read()?.next));
  useLayoutEffect(removeTokenFromAddressBar, []);
  if (!link.token) return <LinkProblem kind="link-unknown" />;
  return <VerifyToken token={link.token} next={link.next} />;
}

/**
 * Signs in at once only in the browser that asked for the link (it holds the nonce). Anywhere
 * else, a mail scanner included, the page only inspects the link and waits for "Continue".
 */
function VerifyToken({ token, next }: { token: string; next: string }) {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const { signIn } = useSession();
  const inspect = useMutation(trpc.auth.inspectLink.mutationOptions());
  const verify = useMutation(
    trpc.auth.verify.mutationOptions({
      onSuccess(session) {
        linkNonce.clear();
        pendingLink.clear();
        // A sign-up finished in another browser than it started in: welcome them here too.
        if (inspect.data?.purpose === 'signup') offerAfterSignup(session.user.email);
        signIn(session);
        void navigate(next, { replace: true });
      },
      onError(error) {
        if (describeFailure(error).kind === 'confirmation-required') inspect.mutate({ token });
      },
    }),
  );

  // A token works once: React's development double effects must not send it twice.
  const started = useRef(false);
  const { mutate: verifyLink } = verify;
  const { mutate: inspectLink } = inspect;
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const nonce = linkNonce.read();
    if (nonce) verifyLink(verifyInput(token, nonce));
    else inspectLink({ token });
  }, [token, verifyLink, inspectLink]);

  if (verify.isPending || verify.isSuccess) return <Checking title="Signing you in…" />;
  const verifyFailure = verify.isError ? describeFailure(verify.error) : undefined;
  if (verifyFailure && verifyFailure.kind !== 'confirmation-required') {
    if (isLinkProblem(verifyFailure.kind)) return <LinkProblem kind={verifyFailure.kind} />;
    const retry = verify.variables ?? verifyInput(token, undefined);
    return <CheckFailed message={verifyFailure.message} onRetry={() => verify.mutate(retry)} />;
  }
  if (inspect.isError) {
    const { message } = describeFailure(inspect.error);
    return <CheckFailed message={message} onRetry={() => inspect.mutate({ token })} />;
  }
  if (!inspect.data) return <Checking title="Checking your link…" />;
  const problem = linkProblemFor(inspect.data.status);
  if (problem) return <LinkProblem kind={problem} />;
  return (
    <ConfirmLink
      emailHint={inspect.data.email_hint}
      onContinue={() => verify.mutate(verifyInput(token, undefined))}
    />
  );
}

function Checking({ title }: { title: string }) {
  return (
    <Screen title={title}>
      <p role="status">Checking your link.</p>
    </Screen>
  );
}

function CheckFailed({ message, onRetry }: { message: string; onRetry(): void }) {
  return (
    <Screen title="We could not check your link">
      <ErrorBanner>{message}</ErrorBanner>
      <div className="actions">
        <button type="button" className="button-primary" onClick={onRetry}>
          Try again
        </button>
      </div>
    </Screen>
  );
}

function ConfirmLink({ emailHint, onContinue }: { emailHint?: string; onContinue(): void }) {
  return (
    <Screen title="Continue to Dyocense">
      <p>
        This link was opened in a different browser from the one that asked for it. If you asked for
        it, continue to sign in here.
      </p>
      <div className="actions">
        <button type="button" className="button-primary" onClick={onContinue}>
          {emailHint ? `Continue as ${emailHint}` : 'Continue'}
        </button>
      </div>
    </Screen>
  );
}
