export * from './schema';
export { createDatabase, isPostgres, openDatabase, type DB } from './database';
export {
  parseDatabaseUrl,
  DEFAULT_SQLITE_FILE,
  type DatabaseTarget,
  type NativeDatabase,
} from './dialect';
export { migrateToLatest } from './migrate';
export { isDatabaseUnavailable, isUniqueViolation } from './errors';
export { createOutageBackoff, type OutageBackoff } from './outage-backoff';
export * from './queries/tenants';
export * from './queries/users';
export * from './queries/memberships';
export * from './queries/invitations';
export * from './queries/workspaces';
export * from './queries/plans';
export * from './queries/verification-tokens';
export * from './queries/email-codes';
export * from './queries/email-outbox';
export * from './queries/sessions';
export * from './queries/auth-events';
export * from './queries/link-requests';
export * from './queries/accounts';
export { timeOrderedId } from './ids';
export * from './queries/funnel';
export * from './queries/oauth';
export * from './queries/service-clients';
export * from './queries/passkeys';
export * from './queries/health';
