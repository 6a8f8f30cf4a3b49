import { useMutation } from '@tanstack/react-query';
import { describeFailure } from '../api-errors';
import { BusyButton } from '../components/busy-button';
import { ErrorBanner, Notice } from '../components/messages';
import { Screen } from '../components/screen';
import { linkNonce } from '../session/browser-link-nonce';
import { useTRPC } from '../trpc';

export type LinkPurpose = 'signup' | 'signin';

const WHAT_THE_LINK_DOES: Record<LinkPurpose, string> = {
  signup: 'Open it on this device to finish setting up your account.',
  signin: 'Open it on this device to sign in.',
};

interface CheckEmailProps {
  email: string;
  purpose: LinkPurpose;
  onUseAnotherEmail(): void;
}

/** After asking for a link that goes by email: where it went, and a way to send a fresh one. */
export function CheckEmail({ email, purpose, onUseAnotherEmail }: CheckEmailProps) {
  const trpc = useTRPC();
  const resend = useMutation(trpc.auth.resend.mutationOptions());

  return (
    <Screen title="Check your email">
      <p>
        We sent a sign-in link to <strong>{email}</strong>. {WHAT_THE_LINK_DOES[purpose]}
      </p>
      {resend.isSuccess && <Notice>We sent a new link to {email}.</Notice>}
      {resend.isError && <ErrorBanner>{describeFailure(resend.error).message}</ErrorBanner>}
      <div className="actions">
        <BusyButton
          className="button-primary"
          busy={resend.isPending}
          busyLabel="Sending…"
          // The kept nonce, so the new link too signs in at once in this browser.
          onClick={() => resend.mutate({ email, nonce: linkNonce.current() })}
        >
          Send the link again
        </BusyButton>
        <button type="button" className="button-link" onClick={onUseAnotherEmail}>
          Use a different email
        </button>
      </div>
    </Screen>
  );
}
