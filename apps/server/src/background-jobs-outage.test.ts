import { createLogMailer, createOutboxWorker } from '@dyocense/api';
import { openDatabase, type DB } from '@dyocense/db';
import { startTcpProxy, type TcpProxy } from '@dyocense/db/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startTokenPurge } from './token-purge';

/** The wait between the first and the fifth run when a 20 ms delay doubles per failed run. */
const BACKED_OFF_MS = 40 + 80 + 160 + 320;

// A database that refuses every connection: PostgreSQL behind a proxy that stopped listening.
describe('background jobs while the database refuses connections', () => {
  let proxy: TcpProxy;
  let db: DB;
  const runs: number[] = [];
  const lines: { level: string; message: string }[] = [];
  const record = (level: string) => (first: unknown, second?: unknown) =>
    lines.push({ level, message: String(typeof first === 'string' ? first : second) });
  const clock = () => {
    runs.push(Date.now());
    return new Date();
  };

  beforeEach(async () => {
    runs.length = 0;
    lines.length = 0;
    proxy = await startTcpProxy({ host: '127.0.0.1', port: 5432 });
    await proxy.setMode('refuse');
    db = openDatabase(`postgres://postgres@127.0.0.1:${proxy.port}/none`).db;
  });
  afterEach(async () => {
    await db.destroy();
    await proxy.close();
  });

  it('the email outbox backs off and reports the outage once', async () => {
    const worker = createOutboxWorker({
      db,
      mailer: createLogMailer(() => undefined),
      pollIntervalMs: 20,
      now: clock,
      onError: record('error'),
      onOutage: record('warn'),
    });
    worker.start();
    await vi.waitUntil(() => runs.length >= 5, { timeout: 5_000 });
    await worker.stop();

    expect(lines).toEqual([
      { level: 'warn', message: 'email outbox paused: the database is unavailable' },
    ]);
    expect(runs[4]! - runs[0]!).toBeGreaterThanOrEqual(BACKED_OFF_MS - 20);
  });

  it('the token purge backs off and reports the outage once', async () => {
    const log = { info: record('info'), warn: record('warn'), error: record('error') };
    const purge = startTokenPurge({
      db,
      log: log as never,
      intervalSeconds: 0.02,
      retentionSeconds: 60,
      now: clock,
    });
    await vi.waitUntil(() => runs.length >= 5, { timeout: 5_000 });
    await purge.stop();

    expect(lines).toEqual([
      { level: 'warn', message: 'token purge paused: the database is unavailable' },
    ]);
    expect(runs[4]! - runs[0]!).toBeGreaterThanOrEqual(BACKED_OFF_MS - 20);
  });
});
