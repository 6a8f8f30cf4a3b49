import {
  insertAuthEvents,
  timeOrderedId,
  type AuthEventType,
  type DB,
  type NewAuthEvent,
} from '@dyocense/db';
import { createEmailHasher } from '../events/email-hash';
import { ipPrefix, userAgentFamily } from '../events/request-origin';

export interface AuthEventOptions {
  /** The HMAC key for addresses in events (AUTH_EVENTS_EMAIL_KEY); plain SHA-256 without it. */
  emailHashKey?: string | undefined;
  /** Told of each event once it is written, e.g. to count it in metrics. */
  onEvent?: ((event: { type: AuthEventType; detail: string | null }) => void) | undefined;
}

export interface AuthEventInput {
  type: AuthEventType;
  email?: string | null;
  tenantId?: string | null;
  intent?: string | null;
  useCase?: string | null;
  detail?: string | null;
}

export interface AuthEvents {
  /** Writes the event through `db`: the transaction of the action it records, so both or neither. */
  record(db: DB, event: AuthEventInput): Promise<void>;
  /** Writes several events in one statement, in their order (a batch's, in its transaction). */
  recordAll(db: DB, events: AuthEventInput[]): Promise<void>;
  /**
   * The rows of `events`, for a caller that writes them in one statement with rows of its own;
   * once they are written, it tells `observe` of each.
   */
  rowsOf(events: AuthEventInput[]): NewAuthEvent[];
  /** Tells `onEvent` of an event without writing it: a repeat of one already written. */
  observe(event: Pick<AuthEventInput, 'type' | 'detail'>): void;
}

/** The events of a server (hasher and listener set up once), handed out per client. */
export interface AuthEventLog {
  /** Events of one request: each row names the client's network and browser family. */
  forClient(clientIp: string | null, userAgent: string | null): AuthEvents;
}

export function createAuthEventLog(options: AuthEventOptions & { now: () => Date }): AuthEventLog {
  const hashEmail = createEmailHasher(options.emailHashKey);
  return {
    forClient(clientIp, userAgent) {
      // Worked out at the first event only: most requests record none.
      let origin: { ip_prefix: string | null; user_agent_family: string | null } | undefined;
      const originOf = () =>
        (origin ??= {
          ip_prefix: ipPrefix(clientIp),
          user_agent_family: userAgentFamily(userAgent),
        });
      const rowOf = (event: AuthEventInput): NewAuthEvent => ({
        id: timeOrderedId(),
        type: event.type,
        occurred_at: options.now(),
        tenant_id: event.tenantId ?? null,
        email_hash: event.email ? hashEmail(event.email) : null,
        intent: event.intent ?? null,
        use_case: event.useCase ?? null,
        detail: event.detail ?? null,
        ...originOf(),
      });
      const recordAll = async (db: DB, events: AuthEventInput[]) => {
        await insertAuthEvents(db, events.map(rowOf));
        for (const event of events)
          options.onEvent?.({ type: event.type, detail: event.detail ?? null });
      };
      return {
        record: (db, event) => recordAll(db, [event]),
        recordAll,
        rowsOf: (events) => events.map(rowOf),
        observe(event) {
          options.onEvent?.({ type: event.type, detail: event.detail ?? null });
        },
      };
    },
  };
}

/** Events of one request (or of a background job, without a client). */
export function createAuthEvents(
  options: AuthEventOptions & {
    now: () => Date;
    clientIp?: string | null;
    userAgent?: string | null;
  },
): AuthEvents {
  return createAuthEventLog(options).forClient(options.clientIp ?? null, options.userAgent ?? null);
}
