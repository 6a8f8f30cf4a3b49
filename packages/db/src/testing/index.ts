export { createTestDatabase, type TestDatabase } from './test-database';
export { testDialects, testPostgresUrl, type DialectName } from './test-dialects';
export { failOnInsertInto } from './fail-on-insert-plugin';
export { createProbeMigrator } from './probe-migration';
export { startTcpProxy, type ProxyMode, type TcpProxy } from './tcp-proxy';
