import { useState } from 'react';
import { Link } from 'react-router';
import { Notice } from '../components/messages';
import { Screen } from '../components/screen';
import { PasskeySignin } from './passkeys/passkey-signin';
import { ProviderButtons } from './providers/provider-buttons';
import { useSession, type SignedOutReason } from '../session/session-context';
import { useNoticeFromPreviousPage } from './page-notice';
import { SigninForm } from './signin-form';
import { useLinkRequested } from './use-link-requested';

const SIGNED_OUT_NOTICES: Record<SignedOutReason, string | undefined> = {
  none: undefined,
  'signed-out': 'You have signed out.',
  'signed-out-everywhere': 'You have signed out on every device.',
  expired: 'Your session has ended. Sign in again to continue.',
};

export function SigninPage() {
  const { signedOutReason } = useSession();
  const notice = useNoticeFromPreviousPage() ?? SIGNED_OUT_NOTICES[signedOutReason];
  const [email, setEmail] = useState('');
  const { linkRequested, checkEmail, next } = useLinkRequested('signin');

  if (checkEmail) return checkEmail;
  return (
    <Screen title="Sign in to Dyocense">
      <p className="lead">No password: we email you a link that signs you in.</p>
      {notice && <Notice>{notice}</Notice>}
      <ProviderButtons next={next} />
      <PasskeySignin next={next} />
      <SigninForm
        initialEmail={email}
        onLinkRequested={(typed, answer) => {
          setEmail(typed);
          linkRequested(answer);
        }}
      />
      <p>
        New to Dyocense? <Link to="/signup">Create an account</Link>
      </p>
    </Screen>
  );
}
