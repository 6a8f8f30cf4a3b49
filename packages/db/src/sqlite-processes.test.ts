import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrations } from './migrations/index';
import { findTenantById, insertTenant } from './queries/tenants';
import { createTestDatabase } from './testing/index';
import { spawnSqliteChild, type SqliteChild } from './testing/spawn-sqlite-child';

const cleanups: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function child(args: string[]): SqliteChild {
  const spawned = spawnSqliteChild(args);
  cleanups.push(() => spawned.kill());
  return spawned;
}

const lastLine = (output: string) => output.trim().split('\n').at(-1) ?? '';

describe('SQLite with several processes on one file', () => {
  it('makes a write transaction wait for another process’s write lock instead of failing', async () => {
    const database = await createTestDatabase('sqlite');
    cleanups.push(() => database.destroy());
    const holder = child(['hold-write-lock', database.url, '300']);
    await holder.printed('ready');
    holder.go();
    await holder.printed('locked');

    const now = new Date();
    // Read, then write: under a deferred `begin` the write cannot upgrade while the lock is held.
    await database.db.transaction().execute(async (trx) => {
      expect(await findTenantById(trx, 'waiter')).toBeUndefined();
      await insertTenant(trx, {
        id: 'waiter',
        name: 'Waiting Shop',
        owner_email: 'waiter@example.com',
        metadata: '{}',
        created_at: now,
        updated_at: now,
      });
    });

    expect(await findTenantById(database.db, 'waiter')).toMatchObject({ name: 'Waiting Shop' });
    expect(await holder.exited()).toBe(0);
    expect(holder.output()).toContain('released');
  });

  it('applies each migration once when two processes migrate one new file at once', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'dyocense-migrate-race-'));
    cleanups.push(() => rmSync(directory, { recursive: true, force: true }));
    const file = join(directory, 'new.db');
    const migrators = [child(['migrate', file]), child(['migrate', file])];
    await Promise.all(migrators.map((migrator) => migrator.printed('ready')));
    for (const migrator of migrators) migrator.go();

    const codes = await Promise.all(migrators.map((migrator) => migrator.exited()));
    const outputs = migrators.map((migrator) => migrator.output());
    expect(codes, outputs.join('\n')).toEqual([0, 0]);
    const applied = outputs.flatMap((output) => JSON.parse(lastLine(output)) as string[]);
    expect(applied.sort()).toEqual(Object.keys(migrations).sort());
  });
});
