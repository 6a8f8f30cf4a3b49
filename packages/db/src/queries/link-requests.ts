import type { QueryCreator } from 'kysely';
import { isPostgres, type DB } from '../database';
import {
  addRowValues,
  preparedQuery,
  rowFromValues,
  rowsFromValues,
  withoutNames,
} from '../prepared-query';
import type {
  Database,
  NewAuthEvent,
  NewOutboxEmail,
  NewVerificationToken,
  TokenPurpose,
} from '../schema';
import { insertAuthEvents } from './auth-events';
import { enqueueEmail } from './email-outbox';
import { insertVerificationToken, supersedeUnusedTokens } from './verification-tokens';

/** What one request for an emailed link stores, all or nothing. */
export interface LinkRequestRows {
  /** The new one-time token (its hash); the address's older unused ones of its purpose retire. */
  token?: (NewVerificationToken & { purpose: TokenPurpose; created_at: Date }) | undefined;
  /** The email that carries it, due now. */
  email: NewOutboxEmail;
  /** The request's events, in their order. */
  events: NewAuthEvent[];
}

type Flat = Record<string, unknown>;

function flatten(rows: LinkRequestRows): Flat {
  const values: Flat = {};
  if (rows.token) addRowValues(values, 'token', [rows.token]);
  addRowValues(values, 'email', [rows.email]);
  return addRowValues(values, 'event', rows.events);
}

/**
 * PostgreSQL: the whole request in one statement, atomic by itself, so it costs one round trip
 * instead of a transaction's six. Its parts see one snapshot: retiring the older tokens cannot
 * touch the new one.
 */
const storeInOneStatement = preparedQuery((db, values: Flat) => {
  const token = rowFromValues(values, 'token0') as NonNullable<LinkRequestRows['token']>;
  const events = rowsFromValues(values, 'event', 'id') as unknown as NewAuthEvent[];
  let query: QueryCreator<Database> = db;
  if ('token0.token_hash' in values) {
    query = withoutNames(
      query
        .with('superseded', (cte) =>
          cte
            .updateTable('verification_tokens')
            .set({ superseded_at: token.created_at })
            .where('email', '=', token.email)
            .where('purpose', '=', token.purpose)
            .where('used_at', 'is', null)
            .where('superseded_at', 'is', null)
            .returning('token_hash'),
        )
        .with('token', (cte) =>
          cte.insertInto('verification_tokens').values(token).returning('token_hash'),
        ),
    );
  }
  if (events.length > 0) {
    query = withoutNames(
      query.with('events', (cte) => cte.insertInto('auth_events').values(events).returning('id')),
    );
  }
  return query
    .insertInto('email_outbox')
    .values(rowFromValues(values, 'email0') as unknown as NewOutboxEmail);
});

/** SQLite: the same rows, statement by statement in one transaction (in-process, so cheap). */
async function storeStatementByStatement(db: DB, rows: LinkRequestRows): Promise<void> {
  const { token, email, events } = rows;
  if (token) {
    await supersedeUnusedTokens(db, token.email, token.purpose, token.created_at);
    await insertVerificationToken(db, token);
  }
  await enqueueEmail(db, email);
  await insertAuthEvents(db, events);
}

/**
 * Stores a link request: retires the address's older unused links of the token's purpose, stores
 * the new token, queues its email and records the request's events, all or nothing.
 */
export async function storeLinkRequest(db: DB, rows: LinkRequestRows): Promise<void> {
  if (isPostgres(db)) {
    await storeInOneStatement(db, flatten(rows));
    return;
  }
  if (db.isTransaction) return storeStatementByStatement(db, rows);
  await db.transaction().execute((trx) => storeStatementByStatement(trx, rows));
}
