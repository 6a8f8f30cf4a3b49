import type { Migration } from 'kysely/migration';
import * as initialSchema from './2026-11-25-01-initial-schema';
import * as signInLinksAndEmailOutbox from './2026-11-25-02-sign-in-links-and-email-outbox';
import * as userSessions from './2026-11-25-03-user-sessions';
import * as rateLimits from './2026-11-25-04-rate-limits';
import * as authEvents from './2026-11-25-05-auth-events';
import * as oauthIdentities from './2026-11-25-06-oauth-identities';
import * as signupJourneys from './2026-11-25-07-signup-journeys';
import * as serviceClients from './2026-12-02-01-service-clients';
import * as memberships from './2026-12-02-02-memberships';
import * as passkeys from './2026-12-02-03-passkeys';
import * as emailCodes from './2026-12-02-04-email-codes';

/** Every migration, by name; names sort in the order they run. */
export const migrations: Record<string, Migration> = {
  '2026-11-25-01-initial-schema': initialSchema,
  '2026-11-25-02-sign-in-links-and-email-outbox': signInLinksAndEmailOutbox,
  '2026-11-25-03-user-sessions': userSessions,
  '2026-11-25-04-rate-limits': rateLimits,
  '2026-11-25-05-auth-events': authEvents,
  '2026-11-25-06-oauth-identities': oauthIdentities,
  '2026-11-25-07-signup-journeys': signupJourneys,
  '2026-12-02-01-service-clients': serviceClients,
  '2026-12-02-02-memberships': memberships,
  '2026-12-02-03-passkeys': passkeys,
  '2026-12-02-04-email-codes': emailCodes,
};
