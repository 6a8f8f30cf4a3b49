export * from './schema';
export { createDatabase, isPostgres, type DB } from './database';
export { parseDatabaseUrl, DEFAULT_SQLITE_FILE, type DatabaseTarget } from './dialect';
export { migrateToLatest } from './migrate';
export * from './queries/tenants';
export * from './queries/users';
export * from './queries/workspaces';
export * from './queries/plans';
export * from './queries/verification-tokens';
