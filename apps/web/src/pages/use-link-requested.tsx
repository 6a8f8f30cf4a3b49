import type { RouterOutputs } from '@dyocense/client';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { CheckEmail, type LinkPurpose } from './check-email';

type LinkRequestAnswer = RouterOutputs['auth']['signin'];

/**
 * What happens once a link is requested: development answers with the token instead of emailing
 * it, so the app follows the link at once; otherwise `checkEmail` is the screen to show instead
 * of the form, until the person chooses to use a different email.
 */
export function useLinkRequested(purpose: LinkPurpose) {
  const navigate = useNavigate();
  const [sentTo, setSentTo] = useState<string>();
  const linkRequested = (answer: LinkRequestAnswer) => {
    if (answer.token) {
      const link = new URLSearchParams({ token: answer.token, next: '/home' });
      void navigate(`/verify?${link}`);
    } else {
      setSentTo(answer.email);
    }
  };
  const checkEmail = sentTo && (
    <CheckEmail email={sentTo} purpose={purpose} onUseAnotherEmail={() => setSentTo(undefined)} />
  );
  return { linkRequested, checkEmail };
}
