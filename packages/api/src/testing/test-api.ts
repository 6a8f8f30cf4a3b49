import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { insertMembership, insertUser, type Database, type MemberRole } from '@dyocense/db';
import { createTestDatabase, type DialectName, type TestDatabase } from '@dyocense/db/testing';
import { createApiDeps, createContext, type ApiOptions, type RequestOptions } from '../context';
import { createJwtService } from '../jwt';
import { createCaller } from '../root';
import type { ServiceScope } from '../scopes';
import { grantClientCredentials } from '../services/service-tokens';
import type { SignupInput } from '../schemas';

export const TEST_JWT_SECRET = 'test-secret-that-is-at-least-32-characters-long';

/** A clock that tests move forward instead of waiting. */
export function createTestClock(start = new Date('2026-03-01T12:00:00.000Z')) {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    advance(milliseconds: number) {
      current += milliseconds;
    },
    reset() {
      current = start.getTime();
    },
  };
}

export interface TestApi {
  database: TestDatabase;
  clock: ReturnType<typeof createTestClock>;
  /** An in-process caller, signed in when given a JWT; `db` swaps the database (fault injection). */
  caller(jwt?: string, db?: TestDatabase['db']): ReturnType<typeof createCaller>;
  /** An in-process caller with some options or request fields changed (dev mode off, a TTL…). */
  callerWith(options: Partial<ApiOptions> & RequestOptions): ReturnType<typeof createCaller>;
  /** Signs up and verifies a new account; returns the verify response. */
  createAccount(
    overrides?: Partial<SignupInput>,
  ): ReturnType<ReturnType<typeof createCaller>['auth']['verify']>;
  /**
   * Adds a new person to a tenant with a role, signed in there (a sign-in link, verified); returns
   * the verify response. `email` is theirs, made up when not given.
   */
  addMember(
    tenantId: string,
    role: MemberRole,
    email?: string,
  ): ReturnType<ReturnType<typeof createCaller>['auth']['verify']>;
  /**
   * An access token of a new service client of the owner's tenant holding `scopes`, from the
   * token endpoint's grant as the HTTP route calls it.
   */
  serviceToken(ownerJwt: string, scopes: ServiceScope[]): Promise<string>;
  destroy(): Promise<void>;
}

let accountCounter = 0;
let memberCounter = 0;

export function signupFixture(overrides: Partial<SignupInput> = {}): SignupInput {
  accountCounter += 1;
  return {
    email: `owner${accountCounter}-${Date.now()}@example.com`,
    name: 'Ada Owner',
    business_name: 'Test Shop',
    intent: 'launch',
    ...overrides,
  };
}

export async function createTestApi(dialect: DialectName): Promise<TestApi> {
  const database = await createTestDatabase(dialect);
  const clock = createTestClock();
  const jwt = createJwtService({ secret: TEST_JWT_SECRET });
  // Deps are built per caller here, so that a test may change any option; a server builds them once.
  const callerWith = (options: Partial<ApiOptions> & RequestOptions) =>
    createCaller(
      createContext(
        createApiDeps({ db: database.db, jwt, devMode: true, now: clock.now, ...options }),
        options,
      ),
    );
  const caller = (token?: string, db = database.db) =>
    callerWith({ db, authorization: token ? `Bearer ${token}` : null });
  return {
    database,
    clock,
    caller,
    callerWith,
    async createAccount(overrides) {
      const signup = await caller().auth.signup(signupFixture(overrides));
      return caller().auth.verify({ token: signup.token ?? '' });
    },
    async addMember(tenantId, role, email) {
      memberCounter += 1;
      const address = email ?? `member${memberCounter}-${Date.now()}@example.com`;
      const now = clock.now();
      const userId = `user-member-${memberCounter}-${Date.now()}`;
      await insertUser(database.db, {
        id: userId,
        tenant_id: tenantId,
        email: address,
        full_name: `Max ${role}`,
        email_verified_at: now,
        created_at: now,
        updated_at: now,
      });
      await insertMembership(database.db, {
        tenant_id: tenantId,
        user_id: userId,
        role,
        created_at: now,
        updated_at: now,
      });
      const link = await caller().auth.signin({ email: address });
      return caller().auth.verify({ token: link.token ?? '' });
    },
    async serviceToken(ownerJwt, scopes) {
      const created = await caller(ownerJwt).serviceClients.create({
        name: 'Test service',
        scopes,
      });
      const deps = createApiDeps({ db: database.db, jwt, now: clock.now });
      const granted = await grantClientCredentials(createContext(deps, { clientIp: '192.0.2.1' }), {
        clientId: created.client.client_id,
        clientSecret: created.client_secret,
      });
      if (!granted.ok) throw new Error(granted.description);
      return granted.token.access_token;
    },
    destroy: () => database.destroy(),
  };
}

const ACCOUNT_TABLES = ['tenants', 'users', 'workspaces', 'plans', 'plan_tasks'] as const;

/** Row counts of the tables (every account table by default), to prove what was (not) written. */
export async function countRows(
  db: TestDatabase['db'],
  tables: readonly (keyof Database)[] = ACCOUNT_TABLES,
) {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.count);
  }
  return counts;
}

/** The TRPCError a call was refused with; fails the test if it succeeded or threw anything else. */
export async function trpcErrorOf(call: Promise<unknown>): Promise<TRPCError> {
  const outcome = await call.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!(outcome instanceof TRPCError))
    throw new Error(`expected a TRPCError, got ${String(outcome)}`);
  return outcome;
}

/** "CODE REASON", e.g. "UNAUTHORIZED SESSION_INVALID". */
export function describeRefusal(error: TRPCError): string {
  const reason = (error.cause as { reason?: string } | undefined)?.reason;
  return reason ? `${error.code} ${reason}` : error.code;
}

/**
 * A TestApi for the enclosing describe block: made before its tests (and handed to `use`), its
 * clock reset before each test, destroyed after them.
 */
export function useTestApi(dialect: DialectName, use: (api: TestApi) => void): void {
  let api: TestApi | undefined;
  beforeAll(async () => {
    api = await createTestApi(dialect);
    use(api);
  });
  beforeEach(() => api?.clock.reset());
  afterAll(async () => {
    await api?.destroy();
  });
}
