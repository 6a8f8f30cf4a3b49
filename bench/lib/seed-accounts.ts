import SQLite from 'better-sqlite3';
import pg from 'pg';

/**
 * Seeds `count` provisioned accounts (tenant, owner, default workspace, a plan with five tasks)
 * plus their used sign-up tokens and as many long-expired ones, in the database itself
 * (generate_series / a recursive CTE): bulk inserts, not the API.
 */
const statements = (series: string, ts: string, truth: string, falsity: string) => [
  `insert into tenants (id, name, owner_email, metadata, created_at, updated_at)
     select 'seed-' || i, 'Seed Shop ' || i, 'seed' || i || '@example.com', '{}', ${ts}, ${ts} from ${series}`,
  `insert into users (id, tenant_id, email, full_name, role, email_verified_at, created_at, updated_at)
     select 'user-seed-' || i, 'seed-' || i, 'seed' || i || '@example.com', 'Seed Owner', 'owner',
       ${ts}, ${ts}, ${ts} from ${series}`,
  `insert into workspaces (id, tenant_id, name, description, created_by, is_default, created_at)
     select 'proj-seed-' || i, 'seed-' || i, 'Main workspace', null, 'user-seed-' || i, ${truth}, ${ts}
     from ${series}`,
  `insert into plans (id, tenant_id, workspace_id, title, summary, intent, created_at)
     select 'plan-seed-' || i, 'seed-' || i, 'proj-seed-' || i, 'Sample Launch Plan',
       'Dyocense generated getting-started plan.', 'launch', ${ts} from ${series}`,
  `insert into plan_tasks (id, plan_id, position, title, description, done)
     select 'task-seed-' || i || '-' || p.n, 'plan-seed-' || i, p.n, 'Task ' || p.n,
       'Write down what you sell, who it is for and why they should choose you.', ${falsity}
     from ${series} cross join (select 0 as n union all select 1 union all select 2
       union all select 3 union all select 4) p`,
  `insert into verification_tokens (token_hash, email, full_name, business_name, intent, use_case,
       metadata, expires_at, created_at, used_at)
     select 'used-' || i, 'seed' || i || '@example.com', 'Seed Owner', 'Seed Shop', 'launch', null,
       '{}', ${ts}, ${ts}, ${ts} from ${series}`,
  `insert into verification_tokens (token_hash, email, full_name, business_name, intent, use_case,
       metadata, expires_at, created_at, used_at)
     select 'expired-' || i, 'seed' || i || '@example.com', 'Seed Owner', 'Seed Shop', 'launch',
       null, '{}', ${ts}, ${ts}, null from ${series}`,
];

export async function seedAccounts(url: string, count: number): Promise<void> {
  // Used tokens expire in a day (kept); the others expired a month ago (the purge removes them).
  const recent = new Date(Date.now() + 86_400_000);
  const old = new Date(Date.now() - 30 * 86_400_000);
  if (url.startsWith('postgres')) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const all = statements(
        'generate_series(1, $1::int) as s(i)',
        '$2::timestamptz',
        'true',
        'false',
      );
      for (const [index, text] of all.entries()) {
        const stamp = index === all.length - 1 ? old : recent;
        await client.query(text, text.includes('$2') ? [count, stamp] : [count]);
      }
      await client.query('analyze');
    } finally {
      await client.end();
    }
    return;
  }
  const db = new SQLite(url);
  const series = 'seq';
  const all = statements(series, '?', '1', '0');
  db.transaction(() => {
    for (const [index, text] of all.entries()) {
      const stamp = (index === all.length - 1 ? old : recent).toISOString();
      const withSeries = `with recursive seq(i) as (select 1 union all select i + 1 from seq where i < ?) ${text}`;
      const placeholders = (text.match(/\?/g) ?? []).length;
      db.prepare(withSeries).run(count, ...Array.from({ length: placeholders }, () => stamp));
    }
  })();
  db.exec('analyze');
  db.close();
}
