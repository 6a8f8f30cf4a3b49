import type { RouterOutputs } from '@dyocense/client';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { describeFailure } from '../api-errors';
import { ErrorBanner } from '../components/messages';
import { Screen } from '../components/screen';
import { useTRPC } from '../trpc';
import { InvitationAnswer } from './invitation-answer';
import { InvitationProblem, problemOf } from './invitation-problem';
import { removeTokenFromAddressBar } from './verify-link';

export type InvitationPreview = RouterOutputs['invitations']['preview'];

/**
 * `/invitation?token=…`, the link in an invitation email. Opening it only previews the
 * invitation (a mail scanner that follows it changes nothing); joining takes a press.
 */
export function InvitationPage() {
  const [token] = useState(
    () => new URL(window.location.href).searchParams.get('token')?.trim() || undefined,
  );
  useLayoutEffect(removeTokenFromAddressBar, []);
  if (!token) return <InvitationProblem problem="unknown" />;
  return <Invitation token={token} />;
}

function Invitation({ token }: { token: string }) {
  const trpc = useTRPC();
  // Kept here, not only in the mutation: signing out to switch accounts clears the API cache.
  const [invitation, setInvitation] = useState<InvitationPreview>();
  const preview = useMutation(
    trpc.invitations.preview.mutationOptions({ onSuccess: setInvitation }),
  );

  // React's development double effects would preview twice; once is enough.
  const started = useRef(false);
  const { mutate: previewInvitation } = preview;
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    previewInvitation({ token });
  }, [token, previewInvitation]);

  if (invitation) return <InvitationAnswer token={token} invitation={invitation} />;
  const problem = problemOf(preview.error);
  if (problem) return <InvitationProblem problem={problem} />;
  if (preview.isError) {
    return (
      <Screen title="We could not check your invitation">
        <ErrorBanner>{describeFailure(preview.error).message}</ErrorBanner>
        <div className="actions">
          <button
            type="button"
            className="button-primary"
            onClick={() => preview.mutate({ token })}
          >
            Try again
          </button>
        </div>
      </Screen>
    );
  }
  return (
    <Screen title="Checking your invitation…">
      <p role="status">Checking your invitation.</p>
    </Screen>
  );
}
