import { MEMBER_ROLES, roleAllows } from '@dyocense/api/permissions';
import type { RouterOutputs } from '@dyocense/client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { describeFailure } from '../api-errors';
import { ConfirmedAction } from '../components/confirmed-action';
import { ErrorBanner } from '../components/messages';
import { useSession } from '../session/session-context';
import { useSignOut } from '../session/use-sign-out';
import { useTRPC } from '../trpc';
import { InviteForm } from './invite-form';
import { MemberRow } from './member-row';
import { PendingInvitations } from './pending-invitations';

type Member = RouterOutputs['members']['list']['items'][number];
export type MemberRole = Member['role'];

/**
 * The Settings section of the business's members. Everyone sees who they are; owners and admins
 * also invite and manage them (admins not owners), by the same role table the server applies.
 */
export function Members() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const me = useQuery(trpc.auth.me.queryOptions());
  const members = useQuery(trpc.members.list.queryOptions());
  const refresh = () => queryClient.invalidateQueries(trpc.members.list.queryFilter());
  const setRole = useMutation(trpc.members.setRole.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(trpc.members.remove.mutationOptions({ onSuccess: refresh }));
  const role = me.data?.role;
  const business = me.data?.tenant.name ?? 'this business';
  const mayInvite = role !== undefined && roleAllows(role, 'members:invite');
  const failed = [members, setRole, remove].find((call) => call.isError)?.error;

  return (
    <section className="stack" aria-labelledby="members-title">
      <h2 id="members-title">Members</h2>
      <p>The people who work in {business}, and what each of them may do.</p>
      {mayInvite && <InviteForm />}
      <PendingInvitations mayInvite={mayInvite} />
      {failed && <ErrorBanner>{describeFailure(failed).message}</ErrorBanner>}
      {members.isPending && <p role="status">Loading the members…</p>}
      <ul className="members" aria-label={`Members of ${business}`}>
        {members.data?.items.map((member) => (
          <MemberRow
            // A role changed elsewhere starts the row afresh, its choice and confirmation too.
            key={`${member.user_id}:${member.role}`}
            member={member}
            business={business}
            roles={role && mayManage(role, member) ? rolesGivenBy(role) : undefined}
            changing={setRole.isPending && setRole.variables.user_id === member.user_id}
            removing={remove.isPending && remove.variables.user_id === member.user_id}
            onRoleChange={(next) => setRole.mutate({ user_id: member.user_id, role: next })}
            onRemove={() => remove.mutate({ user_id: member.user_id })}
          />
        ))}
      </ul>
      <LeaveBusiness business={business} />
    </section>
  );
}

/** Whether `role` may change or remove `member`; oneself leaves instead. */
function mayManage(role: MemberRole, member: Member): boolean {
  if (member.you) return false;
  return roleAllows(role, member.role === 'owner' ? 'owners:manage' : 'members:manage');
}

function rolesGivenBy(role: MemberRole): MemberRole[] {
  return MEMBER_ROLES.filter((given) => given !== 'owner' || roleAllows(role, 'owners:manage'));
}

/**
 * Leaving ends this session's access to the business at once: with another business to go to,
 * a refresh moves the session there; with none, there is nothing left to be signed in to.
 */
function LeaveBusiness({ business }: { business: string }) {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const { renewSession } = useSession();
  const signOut = useSignOut();
  const memberships = useQuery(trpc.auth.memberships.queryOptions());
  const hasAnother = (memberships.data?.count ?? 0) > 1;
  const leave = useMutation(
    trpc.members.leave.mutationOptions({
      onSuccess: async () => {
        if (!hasAnother) return signOut.mutate();
        await renewSession();
        await navigate('/home');
      },
    }),
  );

  return (
    <div className="stack leave-business">
      {leave.isError && <ErrorBanner>{describeFailure(leave.error).message}</ErrorBanner>}
      <ConfirmedAction
        label="Leave this business"
        question={`Leave ${business}? You lose access to it at once.`}
        groupLabel={`Confirm leaving ${business}`}
        confirmLabel="Yes, leave"
        busy={leave.isPending || signOut.isPending}
        busyLabel="Leaving…"
        onConfirm={() => leave.mutate()}
      />
    </div>
  );
}
