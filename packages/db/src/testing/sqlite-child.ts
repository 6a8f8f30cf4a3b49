/**
 * Acts on a SQLite file from a process of its own, for tests of several processes on one file.
 * Run by `spawnSqliteChild`; prints one line per step, waits for "go" on stdin before acting.
 *   hold-write-lock <file> <ms>: takes the write lock, holds it `ms`, commits.
 *   migrate <file>: runs the service's migrations; prints the names it applied as JSON.
 */
import { setTimeout as delay } from 'node:timers/promises';
import SQLite from 'better-sqlite3';
import { createDatabase } from '../database';
import { migrateToLatest } from '../migrate';

const [command, filename = '', argument] = process.argv.slice(2);

async function go(): Promise<void> {
  process.stdout.write('ready\n');
  for await (const chunk of process.stdin) if (String(chunk).includes('go')) return;
}

async function holdWriteLock(ms: number): Promise<void> {
  const database = new SQLite(filename);
  await go();
  database.exec('begin immediate');
  process.stdout.write('locked\n');
  // The hold is the fault being injected: another process must wait it out.
  await delay(ms);
  database.exec('commit');
  database.close();
  process.stdout.write('released\n');
}

async function migrate(): Promise<void> {
  const db = createDatabase(filename);
  await go();
  try {
    const results = await migrateToLatest(db);
    process.stdout.write(`${JSON.stringify(results.map((result) => result.migrationName))}\n`);
  } finally {
    await db.destroy();
  }
}

if (command === 'hold-write-lock') await holdWriteLock(Number(argument));
else if (command === 'migrate') await migrate();
else throw new Error(`unknown command "${command}"`);
process.exit(0);
