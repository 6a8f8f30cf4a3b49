import { execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBenchDatabase, type Dialect } from './lib/bench-database';
import { benchConfig } from './lib/bench-config';
import { createBulkWriter } from './lib/bulk-writer';
import { startDriver, type Driver } from './lib/driver';
import type { Flow } from './lib/flows';
import { measure, signIn, type Target } from './lib/measure';
import {
  cpuMsPerRequest,
  markdownTable,
  summarize,
  targetsText,
  type Measurement,
} from './lib/report';
import { startFloorServer, startProjectServer } from './lib/servers';

/** `npm run bench`: the service against the floor, flow by flow, alternating, on both dialects. */
const root = fileURLToPath(new URL('../', import.meta.url));
const resultsDir = join(root, 'bench/results');
const config = benchConfig;

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

async function startTarget(
  name: Target['name'],
  dialect: Dialect,
  scratch: string,
): Promise<Target & { destroy(): Promise<void> }> {
  const database = await createBenchDatabase(dialect);
  const logFile = join(resultsDir, `${name}-${dialect}.log`);
  const server =
    name === 'floor'
      ? await startFloorServer(database.url, logFile)
      : await startProjectServer(database.url, join(scratch, name), logFile);
  const writer = createBulkWriter(database.url);
  const apis: Target['apis'] = name === 'floor' ? ['floor'] : ['client', 'trpc', 'rest'];
  const target = { name, apis, server, writer };
  const session = await signIn(target);
  return {
    ...target,
    session,
    async destroy() {
      await server.stop();
      await writer.close();
      await database.destroy();
    },
  };
}

async function benchDialect(
  dialect: Dialect,
  driver: Driver,
  scratch: string,
): Promise<Measurement[]> {
  const floor = await startTarget('floor', dialect, scratch);
  const project = await startTarget('project', dialect, scratch);
  const measurements: Measurement[] = [];
  try {
    for (let round = 1; round <= config.rounds; round++) {
      const order = round % 2 === 1 ? [floor, project] : [project, floor];
      const flows: Flow[] = [
        ...(round === 1 && dialect === config.dialects[0] ? ['hello' as const] : []),
        ...config.flows,
      ];
      const signupRps = new Map<string, number>();
      for (const flow of flows) {
        for (const target of order) {
          for (const api of target.apis) {
            const m = await measure(target, api, flow, {
              driver,
              dialect,
              round,
              seconds: config.seconds,
              warmupSeconds: config.warmupSeconds,
              connections: config.connections,
              // Verify does more than sign-up; the floor keeps a disturbed sign-up round from starving the pool.
              expectedVerifyRps: Math.min(
                4_000,
                Math.max(2_500, signupRps.get(`${target.name}|${api}`) ?? 0),
              ),
            });
            if (flow === 'signup') signupRps.set(`${target.name}|${api}`, m.rps);
            measurements.push(m);
            log(
              `${dialect} round ${round} ${flow.padEnd(6)} ${target.name.padEnd(7)} ${api.padEnd(5)} ${m.rps.toFixed(0).padStart(6)} req/s  p50 ${m.p50} ms  p99 ${m.p99} ms  errors ${m.errors}  cpu ${m.cpuPercent.toFixed(0)}% (${cpuMsPerRequest(m).toFixed(2)} ms/req)  rss ${m.peakRssMb.toFixed(0)} MB`,
            );
          }
        }
      }
    }
  } finally {
    await project.destroy();
    await floor.destroy();
  }
  return measurements;
}

mkdirSync(resultsDir, { recursive: true });
log('Building the service (npm run build)…');
execSync('npm run build', { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });

const scratch = mkdtempSync(join(tmpdir(), 'dyocense-bench-data-'));
const driver = startDriver();
const measurements: Measurement[] = [];
try {
  for (const dialect of config.dialects)
    measurements.push(...(await benchDialect(dialect, driver, scratch)));
} finally {
  driver.close();
  rmSync(scratch, { recursive: true, force: true });
}

const date = new Date().toISOString();
const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.version}`;
const settings = `${config.connections} connections, ${config.warmupSeconds} s warm-up, ${config.seconds} s measured per flow, ${config.rounds} rounds alternating with the floor`;
const summary = summarize(measurements);
const markdown = [
  '# Benchmark: the service against the floor',
  '',
  `${date} · ${machine} · ${settings}.`,
  '',
  `Medians over rounds; "÷ floor" is the median of the per-round ratios of the service to the floor (range in brackets), ✓ where it meets its target (${targetsText}). CPU is a share of one core, and per request the server’s CPU time for one unit of the flow; RSS the peak during the window. \`client\` is the call as the typed client sends it (httpBatchLink: a batch of one), \`trpc\` a single unbatched call.`,
  '',
  markdownTable(summary),
  '',
].join('\n');
writeFileSync(join(resultsDir, 'latest.md'), markdown);
writeFileSync(
  join(resultsDir, `${date.replace(/[:.]/g, '-')}.json`),
  JSON.stringify({ date, machine, config, measurements }, null, 2),
);
process.stdout.write(`${markdown}\n`);

const errors = measurements.reduce((sum, m) => sum + m.errors, 0);
if (errors > 0) {
  console.error(`${errors} requests failed`);
  process.exitCode = 1;
}
