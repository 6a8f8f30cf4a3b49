import type { SignupInput } from '@dyocense/api/schemas';
import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { Notice } from '../components/messages';
import { Screen } from '../components/screen';
import { useSession, type SignedOutReason } from '../session/session-context';
import { CheckEmail } from './check-email';
import { SignupForm } from './signup-form';
import { EMPTY_SIGNUP, valuesOf } from './signup-values';

const SIGNED_OUT_NOTICES: Record<SignedOutReason, string | undefined> = {
  none: undefined,
  'signed-out': 'You have signed out.',
  expired: 'Your session has ended. Enter your details again to get a new sign-in link.',
};

/** A notice another page sends along, e.g. from an expired link. */
export interface SignupPageState {
  notice?: string;
}

export function SignupPage() {
  const navigate = useNavigate();
  const { signedOutReason } = useSession();
  const state = useLocation().state as SignupPageState | null;
  const notice = state?.notice ?? SIGNED_OUT_NOTICES[signedOutReason];
  const [sent, setSent] = useState<{ input: SignupInput; email: string }>();
  const [draft, setDraft] = useState(EMPTY_SIGNUP);

  if (sent) {
    return (
      <CheckEmail
        input={sent.input}
        email={sent.email}
        onUseAnotherEmail={() => setSent(undefined)}
      />
    );
  }
  return (
    <Screen title="Create your Dyocense account">
      <p className="lead">
        Plan your launch or your next step of growth. No password: we send you a sign-in link.
      </p>
      {notice && <Notice>{notice}</Notice>}
      <SignupForm
        initialValues={draft}
        onSignedUp={(input, answer) => {
          setDraft(valuesOf(input));
          // Development answers with the token instead of emailing it: follow the link at once.
          if (answer.token) {
            const link = new URLSearchParams({ token: answer.token, next: '/home' });
            void navigate(`/verify?${link}`);
          } else {
            setSent({ input, email: answer.email });
          }
        }}
      />
    </Screen>
  );
}
