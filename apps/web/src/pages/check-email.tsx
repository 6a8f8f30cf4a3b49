import { Screen } from '../components/screen';
import type { LinkPurpose, PendingLink } from '../session/pending-link';
import type { Session } from '../session/session-store';
import { CodeForm } from './code-form';
import { mailboxFor } from './mailboxes';
import { ResendLink } from './resend-link';

export type { LinkPurpose } from '../session/pending-link';

const WHAT_THE_LINK_DOES: Record<LinkPurpose, string> = {
  signup:
    'Open the link on this device, or enter the code below, to finish setting up your account.',
  signin: 'Open the link on this device, or enter the code below, to sign in.',
};

interface CheckEmailProps {
  waiting: PendingLink;
  onResent(sentAt: number): void;
  onSignedIn(session: Session): void;
  onUseAnotherEmail(): void;
}

/**
 * After asking for a link that goes by email: where it went, the code from the same email, the
 * person's web mailbox when the address says which, and a way to send a fresh one.
 */
export function CheckEmail({ waiting, onResent, onSignedIn, onUseAnotherEmail }: CheckEmailProps) {
  const { email, purpose, sentAt } = waiting;
  const mailbox = mailboxFor(email);
  return (
    <Screen title="Check your email">
      <p>
        We sent a link and a code to <strong>{email}</strong>. {WHAT_THE_LINK_DOES[purpose]}
      </p>
      {mailbox && (
        <p>
          <a className="button-secondary" href={mailbox.url} target="_blank" rel="noreferrer">
            Open {mailbox.name}
            <span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        </p>
      )}
      <CodeForm email={email} onSignedIn={onSignedIn} />
      <ResendLink email={email} sentAt={sentAt} onSent={onResent}>
        <button type="button" className="button-link" onClick={onUseAnotherEmail}>
          Use a different email
        </button>
      </ResendLink>
    </Screen>
  );
}
