import type { RouterOutputs } from '@dyocense/api';
import { useNavigate } from 'react-router';

type LinkRequestAnswer = RouterOutputs['auth']['signin'];

/**
 * What happens once a link is requested: development answers with the token instead of emailing
 * it, so the app follows the link at once; otherwise `onEmailed` shows "Check your email".
 */
export function useLinkRequested(onEmailed: (email: string) => void) {
  const navigate = useNavigate();
  return (answer: LinkRequestAnswer) => {
    if (answer.token) {
      const link = new URLSearchParams({ token: answer.token, next: '/home' });
      void navigate(`/verify?${link}`);
    } else {
      onEmailed(answer.email);
    }
  };
}
