import { execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDatabase } from '@dyocense/db';
import { createBenchDatabase, type Dialect } from './lib/bench-database';
import { benchConfig } from './lib/bench-config';
import { createBulkWriter, type BulkWriter } from './lib/bulk-writer';
import { startDriver, type Driver } from './lib/driver';
import type { Flow } from './lib/flows';
import { sequentialLatency } from './lib/latency-probe';
import { measure, signIn, type Target } from './lib/measure';
import { seedAccounts } from './lib/seed-accounts';
import { startProjectServer, type RunningServer } from './lib/servers';
import { insertTokenPool } from './lib/token-pool';

/**
 * `npm run bench:scale`: read latency and verify rate with 1,000 and then 1,000,000 accounts
 * (BENCH_SCALE_SIZES), on both dialects, and two instances against one on PostgreSQL.
 */
const root = fileURLToPath(new URL('../', import.meta.url));
const resultsDir = join(root, 'bench/results');
const sizes = (process.env.BENCH_SCALE_SIZES ?? '1000,1000000').split(',').map(Number);
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const warmupSeconds = benchConfig.warmupSeconds;
const lines: string[] = [];
/** Findings printed under the table, so the table stays one piece. */
const notes: string[] = [];

function report(line: string): void {
  lines.push(line);
  process.stderr.write(`${line}\n`);
}

async function countTokens(url: string): Promise<number> {
  const db = createDatabase(url);
  try {
    const row = await db
      .selectFrom('verification_tokens')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow();
    return Number(row.count);
  } finally {
    await db.destroy();
  }
}

/** The server purges at start; waits (bounded) until only the unexpired `size` tokens remain. */
async function waitForPurge(url: string, size: number): Promise<number> {
  let count = await countTokens(url);
  for (let attempt = 0; attempt < 600 && count > size; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    count = await countTokens(url);
  }
  return count;
}

interface Point {
  readP50: number;
  readRps: number;
  verifyRps: number;
  errors: number;
}

async function measurePoint(target: Target, driver: Driver, dialect: string): Promise<Point> {
  const settings = { driver, dialect, round: 1, seconds, warmupSeconds, connections: 10 };
  const read = await measure(target, 'rest', 'read', { ...settings, expectedVerifyRps: 0 });
  const readP50 = await sequentialLatency(
    `${target.server.url}/v1/tenants/${target.session.tenantId}/plans`,
    { authorization: `Bearer ${target.session.jwt}` },
    2_000,
  );
  const verify = await measure(target, 'rest', 'verify', { ...settings, expectedVerifyRps: 3_000 });
  return {
    readP50,
    readRps: read.rps,
    verifyRps: verify.rps,
    errors: read.errors + verify.errors,
  };
}

/** The same flow on several servers at once, five connections each; returns the summed rate. */
async function spreadLoad(
  servers: RunningServer[],
  drivers: Driver[],
  flow: Flow,
  writer: BulkWriter,
  session: Target['session'],
) {
  const runs = await Promise.all(
    servers.map(async (server, index) => {
      const tokenPrefix = `spread-${flow}-${index}-${Date.now()}`;
      if (flow === 'verify') await insertTokenPool(writer, tokenPrefix, 40_000);
      return { server, tokenPrefix, driver: drivers[index] as Driver };
    }),
  );
  const base = {
    flow,
    api: 'rest' as const,
    connections: 5,
    prefix: 'spread',
    jwt: session.jwt,
    tenantId: session.tenantId,
  };
  const warm = await Promise.all(
    runs.map((run) =>
      run.driver.run({
        ...base,
        url: run.server.url,
        tokenPrefix: run.tokenPrefix,
        seconds: warmupSeconds,
        start: 0,
      }),
    ),
  );
  const results = await Promise.all(
    runs.map((run, index) =>
      run.driver.run({
        ...base,
        url: run.server.url,
        tokenPrefix: run.tokenPrefix,
        seconds,
        start: warm[index]?.issued ?? 0,
      }),
    ),
  );
  return {
    rps: results.reduce((sum, r) => sum + r.rps, 0),
    errors: results.reduce((sum, r) => sum + r.errors + 0, 0),
  };
}

async function scaleDialect(dialect: Dialect, drivers: Driver[], scratch: string): Promise<number> {
  const points = new Map<number, Point>();
  let errors = 0;
  for (const size of sizes) {
    const database = await createBenchDatabase(dialect);
    const started = performance.now();
    // A failed seed must not leave its database behind.
    await seedAccounts(database.url, size).catch(async (error: unknown) => {
      await database.destroy();
      throw error;
    });
    const seeded = ((performance.now() - started) / 1000).toFixed(0);
    const tokensBefore = await countTokens(database.url);
    const logFile = join(resultsDir, `scale-${dialect}.log`);
    const server = await startProjectServer(
      database.url,
      join(scratch, `${dialect}-${size}`),
      logFile,
    );
    const writer = createBulkWriter(database.url);
    try {
      const target = { name: 'project' as const, apis: ['rest' as const], server, writer };
      const purgeStarted = performance.now();
      const tokensAfterPurge = await waitForPurge(database.url, size);
      const purgeSeconds = ((performance.now() - purgeStarted) / 1000).toFixed(1);
      const session = await signIn(target);
      const point = await measurePoint({ ...target, session }, drivers[0] as Driver, dialect);
      points.set(size, point);
      errors += point.errors;
      report(
        `| ${dialect} | ${size.toLocaleString('en')} | ${seeded} s | ${point.readP50.toFixed(2)} ms | ${point.readRps.toFixed(0)} | ${point.verifyRps.toFixed(0)} | ${tokensBefore.toLocaleString('en')} → ${tokensAfterPurge.toLocaleString('en')} (${purgeSeconds} s) | ${point.errors} |`,
      );
      if (dialect === 'postgres' && size === sizes[sizes.length - 1]) {
        const second = await startProjectServer(
          database.url,
          join(scratch, `${dialect}-second`),
          logFile,
        );
        try {
          const pair = [server, second];
          const read = await spreadLoad(pair, drivers, 'read', writer, session);
          const verify = await spreadLoad(pair, drivers, 'verify', writer, session);
          errors += read.errors + verify.errors;
          notes.push(
            `Two instances on one PostgreSQL (${size.toLocaleString('en')} accounts, 5 connections each): read ${read.rps.toFixed(0)} req/s (${(read.rps / point.readRps).toFixed(2)}× one instance), verify ${verify.rps.toFixed(0)} req/s (${(verify.rps / point.verifyRps).toFixed(2)}× one instance); errors ${read.errors + verify.errors}.`,
          );
        } finally {
          await second.stop();
        }
      }
    } finally {
      await server.stop();
      await writer.close();
      await database.destroy();
    }
  }
  const small = points.get(sizes[0] ?? 0);
  const large = points.get(sizes[sizes.length - 1] ?? 0);
  if (small && large && small !== large) {
    const latency = large.readP50 / small.readP50;
    const rate = large.verifyRps / small.verifyRps;
    notes.push(
      `${dialect}: read p50 at the largest size is ${latency.toFixed(2)}× the smallest (target ≤ 1.2); verify rate ${rate.toFixed(2)}× (target ≥ 0.8).`,
    );
  }
  return errors;
}

mkdirSync(resultsDir, { recursive: true });
process.stderr.write('Building the service (npm run build)…\n');
execSync('npm run build', { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
const scratch = mkdtempSync(join(tmpdir(), 'dyocense-scale-'));
const drivers = [startDriver(), startDriver()];
lines.push(
  '| dialect | accounts | seeding | read p50 (one caller) | read req/s (10 connections) | verify req/s | tokens: seeded → after the start-up purge | errors |',
  '| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: |',
);
let errors = 0;
try {
  for (const dialect of benchConfig.dialects)
    errors += await scaleDialect(dialect, drivers, scratch);
} finally {
  for (const driver of drivers) driver.close();
  rmSync(scratch, { recursive: true, force: true });
}
const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.version}`;
const markdown = [
  '# Scale: the service with 1,000 and 1,000,000 accounts',
  '',
  `${new Date().toISOString()} · ${machine} · REST path, 10 connections, ${warmupSeconds} s warm-up, ${seconds} s measured.`,
  '',
  ...lines,
  '',
  ...notes.flatMap((note) => [note, '']),
].join('\n');
writeFileSync(join(resultsDir, 'scale.md'), markdown);
process.stdout.write(`${markdown}\n`);
if (errors > 0) {
  console.error(`${errors} requests failed`);
  process.exitCode = 1;
}
