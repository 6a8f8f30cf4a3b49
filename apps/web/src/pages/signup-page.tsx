import { useState } from 'react';
import { Link } from 'react-router';
import { Notice } from '../components/messages';
import { Screen } from '../components/screen';
import { offerAfterSignup } from '../session/browser-signup-offers';
import { ProviderButtons } from './providers/provider-buttons';
import { useNoticeFromPreviousPage } from './page-notice';
import { SignupForm } from './signup-form';
import { EMPTY_SIGNUP, valuesOf } from './signup-values';
import { useLinkRequested } from './use-link-requested';

export function SignupPage() {
  const notice = useNoticeFromPreviousPage();
  const [draft, setDraft] = useState(EMPTY_SIGNUP);
  const { linkRequested, checkEmail, next } = useLinkRequested('signup');

  if (checkEmail) return checkEmail;
  return (
    <Screen title="Create your Dyocense account">
      <p className="lead">
        Plan your launch or your next step of growth. No password: we send you a sign-in link.
      </p>
      {notice && <Notice>{notice}</Notice>}
      <ProviderButtons next={next} />
      <SignupForm
        initialValues={draft}
        onSignedUp={(input, answer) => {
          setDraft(valuesOf(input));
          offerAfterSignup(input.email);
          linkRequested(answer);
        }}
      />
      <p>
        Already have an account? <Link to="/signin">Sign in</Link>
      </p>
    </Screen>
  );
}
