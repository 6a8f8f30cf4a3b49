import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import SQLite from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from './database';
import { checkpointInBackground } from './sqlite-checkpointer';

/** How long the worker may take to fold the WAL in; its timer fires every 100 ms. */
const DEADLINE_MS = 10_000;

const autocheckpoint = (database: SQLite.Database) =>
  database.pragma('wal_autocheckpoint', { simple: true });

/** Polls until `check` holds, failing with `what` after the deadline. */
async function eventually(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + DEADLINE_MS;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`${what} within ${DEADLINE_MS} ms`);
    await delay(20);
  }
}

describe('SQLite checkpoints in the background', () => {
  let directory: string;
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'dyocense-checkpoints-'));
  });
  afterEach(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  it('folds the WAL into the file from another thread while the service’s connection never checkpoints', async () => {
    const filename = join(directory, 'service.db');
    const { db, native } = openDatabase(filename, { backgroundCheckpoints: true });
    if (native.kind !== 'sqlite') throw new Error('expected SQLite');
    const database = native.database;
    try {
      expect(autocheckpoint(database)).toBe(0);
      database.exec('create table filler (id integer primary key, body blob not null)');
      const before = statSync(filename).size;
      const insert = database.prepare('insert into filler (body) values (?)');
      // 4 MB: four times the WAL size at which SQLite would checkpoint inline.
      database.transaction(() => {
        for (let row = 0; row < 1000; row++) insert.run(Buffer.alloc(4096, row % 256));
      })();

      // Only a checkpoint writes pages into the database file itself.
      await eventually(
        () => statSync(filename).size >= before + 4_000_000,
        'the database file did not take in the WAL',
      );
    } finally {
      await db.destroy();
    }
  });

  it('checkpoints inline again, and says so, when the worker cannot run', async () => {
    const filename = join(directory, 'service.db');
    const database = new SQLite(filename);
    database.pragma('journal_mode = WAL');
    const problems: string[] = [];
    // The worker opens the file by name: a name it cannot open stops it at once.
    const checkpointer = checkpointInBackground(database, join(directory, 'missing', 'x.db'), {
      onError: (message) => problems.push(message),
    });
    try {
      await eventually(() => problems.length > 0, 'no problem was reported');
      expect(problems).toEqual(['SQLite background checkpoints stopped; checkpointing inline']);
      expect(autocheckpoint(database)).toBe(1000);
    } finally {
      checkpointer.stop();
      database.close();
    }
  });
});
