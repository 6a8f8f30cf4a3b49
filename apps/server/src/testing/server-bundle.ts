import { execFile } from 'node:child_process';
import { readdir, stat, utimes } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';

const serverDir = join(import.meta.dirname, '../..');
const repoRoot = join(serverDir, '../..');

/** The production bundle (`npm run build`) that spawned test servers run, as `npm start` does. */
export const SERVER_BUNDLE = join(serverDir, 'dist/main.js');

/** What goes into the bundle: the server and the workspace packages it bundles. */
const SOURCES = [
  join(serverDir, 'src'),
  join(repoRoot, 'packages/api/src'),
  join(repoRoot, 'packages/db/src'),
];
const BUILD_FILES = [join(serverDir, 'build.mjs'), join(serverDir, 'package.json')];

/** Tests and their support are not bundled: editing them leaves the bundle current. */
const isBundledSource = (name: string) =>
  /\.(ts|tsx|js|mjs|json|sql)$/.test(name) && !/\.test\.ts$/.test(name);

async function newestSourceMtime(): Promise<number> {
  let newest = 0;
  for (const dir of SOURCES) {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    for (const entry of entries) {
      if (!entry.isFile() || !isBundledSource(entry.name)) continue;
      if (entry.parentPath.split('/').includes('testing')) continue;
      newest = Math.max(newest, (await stat(join(entry.parentPath, entry.name))).mtimeMs);
    }
  }
  for (const file of BUILD_FILES) newest = Math.max(newest, (await stat(file)).mtimeMs);
  return newest;
}

async function bundleMtime(): Promise<number | undefined> {
  return stat(SERVER_BUNDLE).then(
    (stats) => stats.mtimeMs,
    () => undefined,
  );
}

/**
 * Builds the server bundle when it is missing or older than a source it bundles; otherwise only
 * stats the sources (a few milliseconds). The build goes through turbo, so a rebuild of
 * sources already built before is a cache restore.
 * @returns whether it built.
 */
export async function ensureServerBundle(): Promise<boolean> {
  const built = await bundleMtime();
  if (built !== undefined && built >= (await newestSourceMtime())) return false;
  const turbo = createRequire(import.meta.url).resolve('turbo/bin/turbo');
  await promisify(execFile)(
    process.execPath,
    [turbo, 'run', 'build', '--filter=@dyocense/server', '--output-logs=errors-only'],
    { cwd: repoRoot, env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' } },
  );
  // A cache hit leaves the old file (and its old mtime) in place: mark it current, or every run
  // would ask turbo again.
  const now = new Date();
  await utimes(SERVER_BUNDLE, now, now);
  return true;
}
