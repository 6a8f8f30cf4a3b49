import type { SignupInput } from '@dyocense/api/schemas';
import { useMutation } from '@tanstack/react-query';
import { describeFailure } from '../api-errors';
import { ErrorBanner, Notice } from '../components/messages';
import { Screen } from '../components/screen';
import { useTRPC } from '../trpc';

interface CheckEmailProps {
  input: SignupInput;
  email: string;
  onUseAnotherEmail(): void;
}

/** After a sign-up where the link goes by email: where it went, and a way to send it again. */
export function CheckEmail({ input, email, onUseAnotherEmail }: CheckEmailProps) {
  const trpc = useTRPC();
  // Signing up again sends a fresh link to the same address.
  const resend = useMutation(trpc.auth.signup.mutationOptions());

  return (
    <Screen title="Check your email">
      <p>
        We sent a sign-in link to <strong>{email}</strong>. Open it on this device to finish setting
        up your account.
      </p>
      {resend.isSuccess && <Notice>We sent a new link to {email}.</Notice>}
      {resend.isError && <ErrorBanner>{describeFailure(resend.error).message}</ErrorBanner>}
      <div className="actions">
        <button
          type="button"
          className="button-primary"
          disabled={resend.isPending}
          onClick={() => resend.mutate(input)}
        >
          {resend.isPending ? 'Sending…' : 'Send the link again'}
        </button>
        <button type="button" className="button-link" onClick={onUseAnotherEmail}>
          Use a different email
        </button>
      </div>
    </Screen>
  );
}
