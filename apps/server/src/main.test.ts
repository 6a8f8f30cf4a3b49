import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnServer } from './testing/spawn-server';
import { REFUSED } from './testing/test-server';

const dataDir = mkdtempSync(join(tmpdir(), 'dyocense-main-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('main', () => {
  it('starts without a signing key or a web build, says how to fix each, and stops on SIGTERM', async () => {
    const missingWebBuild = join(dataDir, 'no-web-build');
    const run = spawnServer({ DATA_DIR: dataDir, WEB_DIST_DIR: missingWebBuild });
    const url = await run.listening();
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    expect(run.output()).toContain('ACCOUNTS_JWT_PRIVATE_KEY is not set');
    expect(run.output()).toContain(`Web app not served: ${missingWebBuild} has no index.html`);
    expect(run.output()).toContain('npm run build');

    expect(await run.stop('SIGTERM')).toBe(0);
    await expect(fetch(`${url}/healthz`)).rejects.toMatchObject(REFUSED);
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT must be a port number/],
    [
      { NODE_ENV: 'production' },
      /PUBLIC_URL is required[^]*ACCOUNTS_JWT_PRIVATE_KEY is required[^]*SMTP_HOST is required/,
    ],
  ])('refuses to start with a message naming the setting (%o)', async (env, message) => {
    const run = spawnServer({ DATA_DIR: dataDir, ...env });
    await expect(run.listening()).rejects.toThrow(message);
    expect(await run.stop()).toBe(1);
  });
});
