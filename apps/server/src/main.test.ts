import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { afterAll, describe, expect, it } from 'vitest';

const dataDir = mkdtempSync(join(tmpdir(), 'dyocense-main-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function runMain(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'main.ts')], {
    env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

async function waitForListening(run: ReturnType<typeof runMain>): Promise<string> {
  for await (const chunk of run.child.stdout) {
    const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(String(chunk));
    if (match?.[1]) return match[1];
  }
  throw new Error(`server exited before listening:\n${run.output()}`);
}

describe('main', () => {
  it('starts without a JWT secret or a web build, says how to fix each, and stops on SIGTERM', async () => {
    const missingWebBuild = join(dataDir, 'no-web-build');
    const run = runMain({ WEB_DIST_DIR: missingWebBuild });
    const url = await waitForListening(run);
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    expect(run.output()).toContain('ACCOUNTS_JWT_SECRET is not set');
    expect(run.output()).toContain(`Web app not served: ${missingWebBuild} has no index.html`);
    expect(run.output()).toContain('npm run build');

    run.child.kill('SIGTERM');
    const [code] = await once(run.child, 'exit');
    expect(code).toBe(0);
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT must be a port number/],
    [{ NODE_ENV: 'production' }, /ACCOUNTS_JWT_SECRET is required when NODE_ENV=production/],
  ])('refuses to start with a message naming the setting (%o)', async (env, message) => {
    const run = runMain(env);
    const [code] = await once(run.child, 'exit');
    expect(code).toBe(1);
    expect(run.output()).toMatch(message);
  });
});
