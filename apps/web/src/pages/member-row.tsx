import type { RouterOutputs } from '@dyocense/client';
import { useState, type FormEvent } from 'react';
import { BusyButton } from '../components/busy-button';
import { ConfirmedAction } from '../components/confirmed-action';

type Member = RouterOutputs['members']['list']['items'][number];
type MemberRole = Member['role'];

/** How a role reads on screen. */
export const ROLE_NAMES: Record<MemberRole, string> = {
  owner: 'Owner',
  admin: 'Admin',
  member: 'Member',
};

interface MemberRowProps {
  member: Member;
  business: string;
  /** The roles the viewer may give this member; undefined when they may not manage them. */
  roles: MemberRole[] | undefined;
  changing: boolean;
  removing: boolean;
  onRoleChange(role: MemberRole): void;
  onRemove(): void;
}

/** One member: who they are and their role, with a role choice and Remove for those who manage. */
export function MemberRow({ member, business, roles, ...actions }: MemberRowProps) {
  return (
    <li className="card member" aria-label={member.name}>
      <div className="member-who">
        <p className="session-device">
          <strong>{member.name}</strong>
          {member.you && <span className="badge">You</span>}
        </p>
        <p className="muted member-email">{member.email}</p>
      </div>
      {roles ? (
        <ManageMember member={member} business={business} roles={roles} {...actions} />
      ) : (
        <p className="member-role">{ROLE_NAMES[member.role]}</p>
      )}
    </li>
  );
}

function ManageMember({
  member,
  business,
  roles,
  changing,
  removing,
  onRoleChange,
  onRemove,
}: MemberRowProps & { roles: MemberRole[] }) {
  const [role, setRole] = useState(member.role);
  const selectId = `member-role-${member.user_id}`;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (role !== member.role) onRoleChange(role);
  }

  return (
    <div className="member-manage">
      <form className="member-role-form" onSubmit={submit}>
        <label htmlFor={selectId}>
          Role<span className="visually-hidden"> of {member.name}</span>
        </label>
        <select
          id={selectId}
          value={role}
          onChange={(event) => setRole(event.target.value as MemberRole)}
        >
          {roles.map((given) => (
            <option key={given} value={given}>
              {ROLE_NAMES[given]}
            </option>
          ))}
        </select>
        <BusyButton
          type="submit"
          className="button-secondary"
          busy={changing}
          busyLabel="Changing…"
          disabled={role === member.role}
          aria-label={`Change the role of ${member.name}`}
        >
          Change
        </BusyButton>
      </form>
      <ConfirmedAction
        label="Remove"
        labelForScreenReaders={`Remove ${member.name}`}
        question={`Remove ${member.name} from ${business}? They lose access at once.`}
        groupLabel={`Confirm removing ${member.name}`}
        confirmLabel="Yes, remove"
        busy={removing}
        busyLabel="Removing…"
        onConfirm={onRemove}
      />
    </div>
  );
}
