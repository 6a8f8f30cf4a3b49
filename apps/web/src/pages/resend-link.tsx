import { useMutation } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { describeFailure } from '../api-errors';
import { BusyButton } from '../components/busy-button';
import { formatCountdown, useSecondsLeft } from '../components/countdown';
import { ErrorBanner, Notice } from '../components/messages';
import { linkNonce } from '../session/browser-link-nonce';
import { useTRPC } from '../trpc';

/** How long "Send the link again" waits after each email: long enough for one to arrive. */
export const RESEND_COOLDOWN_MS = 30_000;

interface ResendLinkProps {
  email: string;
  /** When the latest email was asked for (ms since the epoch). */
  sentAt: number;
  onSent(sentAt: number): void;
  /** Further actions to show beside the button. */
  children?: ReactNode;
}

/**
 * "Send the link again", resting for a short while after each email with a visible countdown;
 * when the server refuses for too many emails, the countdown is its Retry-After instead.
 */
export function ResendLink({ email, sentAt, onSent, children }: ResendLinkProps) {
  const trpc = useTRPC();
  const resend = useMutation(trpc.auth.resend.mutationOptions());
  const [refusedUntil, setRefusedUntil] = useState(0);
  const secondsLeft = useSecondsLeft(Math.max(sentAt + RESEND_COOLDOWN_MS, refusedUntil));
  const failure = resend.isError ? describeFailure(resend.error) : undefined;

  function send() {
    // The kept nonce, so the new link too signs in at once in this browser (and has a code).
    resend.mutate(
      { email, nonce: linkNonce.current() },
      {
        onSuccess: () => onSent(Date.now()),
        onError(error) {
          const refused = describeFailure(error);
          if (refused.kind === 'rate-limited' && refused.retryAfterSeconds) {
            setRefusedUntil(Date.now() + refused.retryAfterSeconds * 1000);
          }
        },
      },
    );
  }

  return (
    <>
      {resend.isSuccess && <Notice>We sent a new link and code to {email}.</Notice>}
      {failure && <ErrorBanner>{failure.message}</ErrorBanner>}
      <div className="actions">
        <BusyButton
          className="button-secondary"
          busy={resend.isPending}
          busyLabel="Sending…"
          disabled={secondsLeft > 0}
          onClick={send}
        >
          {secondsLeft > 0
            ? `Send again in ${formatCountdown(secondsLeft)}`
            : 'Send the link again'}
        </BusyButton>
        {children}
      </div>
    </>
  );
}
