import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * One row per address that asked to sign up: where its sign-up stands, kept by triggers on
 * `auth_events` in the transaction of each event. The funnel reads these rows instead of grouping
 * every event by address, and no writer of events can forget them.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = isPostgres(db);
  const timestamp = postgres ? 'timestamptz' : 'text';
  await db.schema
    .createTable('signup_journeys')
    .addColumn('email_hash', 'text', (c) => c.primaryKey())
    .addColumn('started_at', timestamp, (c) => c.notNull())
    .addColumn('intent', 'text')
    .addColumn('use_case', 'text')
    .addColumn('delivered_at', timestamp)
    .addColumn('verified_at', timestamp)
    .addColumn('last_link_at', timestamp, (c) => c.notNull())
    .addColumn('resends', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('failed_deliveries', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('scanner_hits', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('signup_journeys_started_at_idx')
    .on('signup_journeys')
    .column('started_at')
    .execute();

  for (const rule of journeyRules(postgres)) {
    await (postgres ? createPostgresTrigger(db, rule) : createSqliteTrigger(db, rule));
  }
  await backfill(db, postgres);
}

export async function down(db: Kysely<any>): Promise<void> {
  const postgres = isPostgres(db);
  for (const { name } of journeyRules(postgres)) {
    await sql`drop trigger ${sql.ref(name)}${postgres ? sql` on auth_events` : sql``}`.execute(db);
    if (postgres) await sql`drop function ${sql.ref(name)}()`.execute(db);
  }
  await db.schema.dropTable('signup_journeys').execute();
}

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

interface JourneyRule {
  name: string;
  /** Which new events the rule applies to (besides having an address). */
  when: string;
  statement: string;
}

/**
 * What each event does to its address's journey. A first sign-up request opens it; later events
 * only update a journey that exists. Times keep the earliest or latest, whatever order events
 * from several instances commit in.
 */
function journeyRules(postgres: boolean): JourneyRule[] {
  const [least, greatest] = postgres ? ['least', 'greatest'] : ['min', 'max'];
  const update = (set: string) =>
    `update signup_journeys set ${set} where email_hash = new.email_hash`;
  const earliest = (column: string) =>
    `${column} = ${least}(coalesce(${column}, new.occurred_at), new.occurred_at)`;
  const earlier = 'excluded.started_at < signup_journeys.started_at';
  return [
    {
      name: 'signup_journey_started',
      when: `new.type = 'signup_requested' and new.detail is null`,
      statement: `insert into signup_journeys (email_hash, started_at, intent, use_case, last_link_at)
        values (new.email_hash, new.occurred_at, new.intent, new.use_case, new.occurred_at)
        on conflict (email_hash) do update set
          intent = case when ${earlier} then excluded.intent else signup_journeys.intent end,
          use_case = case when ${earlier} then excluded.use_case else signup_journeys.use_case end,
          started_at = ${least}(signup_journeys.started_at, excluded.started_at),
          last_link_at = ${greatest}(signup_journeys.last_link_at, excluded.last_link_at)`,
    },
    {
      name: 'signup_journey_resent',
      when: `new.type = 'signup_requested' and new.detail = 'resend'`,
      statement: update(
        `resends = resends + 1, last_link_at = ${greatest}(last_link_at, new.occurred_at)`,
      ),
    },
    {
      name: 'signup_journey_delivered',
      when: `new.type = 'email_sent' and new.detail = 'verify_signup'`,
      statement: update(earliest('delivered_at')),
    },
    {
      name: 'signup_journey_delivery_failed',
      when: `new.type = 'email_failed' and new.detail = 'verify_signup'`,
      statement: update('failed_deliveries = failed_deliveries + 1'),
    },
    {
      name: 'signup_journey_verified',
      when: `new.type = 'verify_succeeded' and new.detail = 'signup'`,
      statement: update(earliest('verified_at')),
    },
    {
      name: 'signup_journey_scanner_hit',
      when: `new.type = 'scanner_blocked'`,
      statement: update('scanner_hits = scanner_hits + 1'),
    },
  ];
}

async function createSqliteTrigger(db: Kysely<any>, rule: JourneyRule): Promise<void> {
  await sql
    .raw(
      `create trigger ${rule.name} after insert on auth_events for each row
        when new.email_hash is not null and ${rule.when}
        begin ${rule.statement}; end`,
    )
    .execute(db);
}

async function createPostgresTrigger(db: Kysely<any>, rule: JourneyRule): Promise<void> {
  await sql
    .raw(
      `create function ${rule.name}() returns trigger language plpgsql as $$
        begin ${rule.statement}; return null; end $$`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger ${rule.name} after insert on auth_events for each row
        when (new.email_hash is not null and ${rule.when})
        execute function ${rule.name}()`,
    )
    .execute(db);
}

/** Journeys of the events already recorded, as the triggers would have kept them. */
async function backfill(db: Kysely<any>, postgres: boolean): Promise<void> {
  const is = (type: string, detail: string) => `e.type = '${type}' and e.detail = '${detail}'`;
  const { numAffectedRows } = await sql
    .raw(
      `insert into signup_journeys (email_hash, started_at, intent, use_case, delivered_at,
        verified_at, last_link_at, resends, failed_deliveries, scanner_hits)
      select f.email_hash, f.occurred_at, f.intent, f.use_case,
        min(case when ${is('email_sent', 'verify_signup')} then e.occurred_at end),
        min(case when ${is('verify_succeeded', 'signup')} then e.occurred_at end),
        max(case when e.type = 'signup_requested' and coalesce(e.detail, 'resend') = 'resend'
          then e.occurred_at end),
        sum(case when ${is('signup_requested', 'resend')} then 1 else 0 end),
        sum(case when ${is('email_failed', 'verify_signup')} then 1 else 0 end),
        sum(case when e.type = 'scanner_blocked' then 1 else 0 end)
      from (
        select email_hash, occurred_at, intent, use_case,
          row_number() over (partition by email_hash order by occurred_at) as position
        from auth_events
        where type = 'signup_requested' and detail is null and email_hash is not null
      ) f
      join auth_events e on e.email_hash = f.email_hash and e.occurred_at >= f.occurred_at
      where f.position = 1
      group by f.email_hash, f.occurred_at, f.intent, f.use_case`,
    )
    .execute(db);
  // Statistics of an empty table would tell the planner it stays empty: the triggers' plans,
  // cached per connection, would then scan the whole table for every event until autovacuum
  // looked again. Unanalysed, PostgreSQL assumes a table of some size and uses the index.
  if (postgres && (numAffectedRows ?? 0n) > 0n) await sql`analyze signup_journeys`.execute(db);
}
