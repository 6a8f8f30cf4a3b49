import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The web app built for this run, for the browser tests' servers to serve. */
    webDistDir: string;
  }
}

const viteCli = join(
  dirname(createRequire(import.meta.url).resolve('vite/package.json')),
  'bin/vite.js',
);

/**
 * Builds the web app once per test run, as `npm run build` does, into a folder of its own.
 * A child process, because a build inside the test runner would see NODE_ENV=test.
 */
export default async function setup(project: TestProject) {
  const outDir = await mkdtemp(join(tmpdir(), 'dyocense-web-build-'));
  await promisify(execFile)(
    process.execPath,
    [viteCli, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    { cwd: import.meta.dirname, env: { ...process.env, NODE_ENV: 'production' } },
  );
  project.provide('webDistDir', outDir);
  return () => rm(outDir, { recursive: true, force: true });
}
