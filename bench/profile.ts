import { execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBenchDatabase, type Dialect } from './lib/bench-database';
import { createBulkWriter } from './lib/bulk-writer';
import { startDriver } from './lib/driver';
import type { Api, Flow } from './lib/flows';
import { measure, signIn } from './lib/measure';
import { startProjectServer } from './lib/servers';
import { summarizeProfile, type ProfileEntry } from './profile/cpu-profile';

/**
 * `npm run bench:profile -- <flow> <trpc|rest> <sqlite|postgres>`: one flow under load with the
 * server's CPU profile written to bench/results/profiles, and its top entries printed.
 */
const root = fileURLToPath(new URL('../', import.meta.url));
const [flow = 'read', api = 'trpc', dialect = 'sqlite'] = process.argv.slice(2) as [
  Exclude<Flow, 'hello'>?,
  Exclude<Api, 'floor'>?,
  Dialect?,
];
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const profileDir = join(root, 'bench/results/profiles');

const print = (entries: ProfileEntry[]) =>
  entries
    .map((entry) => `${(entry.share * 100).toFixed(1).padStart(5)} %  ${entry.name}`)
    .join('\n');

mkdirSync(profileDir, { recursive: true });
execSync('npm run build', { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
const scratch = mkdtempSync(join(tmpdir(), 'dyocense-profile-'));
const database = await createBenchDatabase(dialect);
const name = `${flow}-${api}-${dialect}-${Date.now()}`;
const server = await startProjectServer(database.url, scratch, join(scratch, 'server.log'), {}, [
  '--cpu-prof',
  '--cpu-prof-dir',
  scratch,
  '--cpu-prof-name',
  `${name}.cpuprofile`,
]);
const writer = createBulkWriter(database.url);
const driver = startDriver();
try {
  const target = { name: 'project' as const, apis: [api], server, writer };
  const session = await signIn(target);
  const result = await measure({ ...target, session }, api, flow, {
    driver,
    dialect,
    round: 1,
    seconds,
    warmupSeconds: 1.5,
    connections: 10,
    expectedVerifyRps: 2_500,
  });
  // CPU time per request holds up better than req/s on a machine shared with other work.
  const cpuMicros = (result.cpuPercent / 100 / result.rps) * 1e6;
  process.stdout.write(
    `${flow} ${api} ${dialect}: ${result.rps.toFixed(0)} req/s, ${cpuMicros.toFixed(0)} µs of server CPU per request, errors ${result.errors}\n`,
  );
} finally {
  driver.close();
  await server.stop();
  await writer.close();
  await database.destroy();
}
const file = readdirSync(scratch).find((entry) => entry.endsWith('.cpuprofile'));
if (!file) throw new Error('the server wrote no CPU profile');
execSync(`cp ${join(scratch, file)} ${profileDir}/`);
rmSync(scratch, { recursive: true, force: true });
const summary = summarizeProfile(join(profileDir, file));
process.stdout.write(`\nSelf time by origin:\n${print(summary.origins.slice(0, 12))}\n`);
process.stdout.write(`\nSelf time by function:\n${print(summary.functions)}\n`);
process.stdout.write(`\nProfile: bench/results/profiles/${file}\n`);
