export { createTestDatabase, type TestDatabase } from './test-database';
export {
  DIALECTS,
  describeFor,
  missingService,
  testPostgresUrl,
  type DialectName,
  type TestNeed,
} from './test-dialects';
export { failOnInsertInto } from './fail-on-insert-plugin';
export { createProbeMigrator } from './probe-migration';
export { startTcpProxy, type ProxyMode, type TcpProxy } from './tcp-proxy';
export { findEmailsTo, listEmailAttempts, listFailedEmails } from './email-outbox';
