import type { MemberRole } from '@dyocense/db';
import type { VerifiedServiceToken, VerifiedSession } from './jwt';

/** Who a call is from: a person's session and their role, or a service holding the procedure's scope. */
export type Principal =
  | { kind: 'person'; tenantId: string; session: VerifiedSession; role: MemberRole }
  | { kind: 'service'; tenantId: string; service: VerifiedServiceToken };
