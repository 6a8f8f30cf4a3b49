import { accountsErrorReason } from '@dyocense/client';
import { Link } from 'react-router';
import { Screen } from '../components/screen';
import { useSession } from '../session/session-context';

export type InvitationProblemKind = 'unknown' | 'expired' | 'used';

const PROBLEM_BY_REASON: Record<string, InvitationProblemKind> = {
  INVITATION_NOT_FOUND: 'unknown',
  INVITATION_EXPIRED: 'expired',
  INVITATION_USED: 'used',
};

/** The screen an invitation that can no longer be accepted gets, by the reason it was refused. */
export function problemOf(error: unknown): InvitationProblemKind | undefined {
  const reason = accountsErrorReason(error);
  return reason ? PROBLEM_BY_REASON[reason] : undefined;
}

const PROBLEMS: Record<InvitationProblemKind, { title: string; explanation: string }> = {
  unknown: {
    title: 'This invitation is not valid',
    explanation:
      'It may have been revoked, or a newer invitation was sent to you: open the link in your most recent invitation email, or ask the person who invited you to send it again.',
  },
  expired: {
    title: 'This invitation has expired',
    explanation:
      'Invitations work for a limited time. Ask the person who invited you to send a new one.',
  },
  used: {
    title: 'This invitation was already accepted',
    explanation: 'Each invitation works once. If you accepted it, sign in to continue.',
  },
};

export function InvitationProblem({ problem }: { problem: InvitationProblemKind }) {
  const { session } = useSession();
  const { title, explanation } = PROBLEMS[problem];
  return (
    <Screen title={title}>
      <p>{explanation}</p>
      <div className="actions">
        {session ? (
          <Link to="/home" className="button-primary">
            Go to your plans
          </Link>
        ) : (
          <Link to="/signin" className="button-primary">
            Sign in
          </Link>
        )}
      </div>
    </Screen>
  );
}
