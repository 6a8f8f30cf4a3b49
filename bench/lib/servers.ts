import { spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { smtpSinkPort } from './smtp-sink';
import { openSync } from 'node:fs';
import { createServer } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

/** The service's default signing key, EdDSA (Ed25519), made once per run for every server of it. */
export const BENCH_JWT_PRIVATE_KEY = generateKeyPairSync('ed25519')
  .privateKey.export({ format: 'pem', type: 'pkcs8' })
  .toString();
const root = fileURLToPath(new URL('../../', import.meta.url));

export interface RunningServer {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (typeof address !== 'object' || !address) throw new Error('no free port');
  return address.port;
}

async function waitUntilHealthy(url: string, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    const healthy = await fetch(`${url}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return;
    await delay(100);
  }
  throw new Error(`server at ${url} did not become healthy`);
}

async function startProcess(
  args: string[],
  env: Record<string, string>,
  logFile: string,
): Promise<RunningServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const log = openSync(logFile, 'a');
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, PUBLIC_URL: url, ...env, HOST: '127.0.0.1', PORT: String(port) },
    stdio: ['ignore', log, log],
  });
  await waitUntilHealthy(url, child);
  return {
    url,
    pid: child.pid ?? 0,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * The service as `npm start` runs it (the built bundle), in production mode, sending its email
 * to a sink. Rate limits are off: the load comes from one address by design.
 */
export async function startProjectServer(
  databaseUrl: string,
  dataDir: string,
  logFile: string,
  env: Record<string, string> = {},
  nodeArgs: string[] = [],
): Promise<RunningServer> {
  return startProcess(
    [...nodeArgs, 'apps/server/dist/main.js'],
    {
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      DATA_DIR: dataDir,
      ACCOUNTS_JWT_PRIVATE_KEY: BENCH_JWT_PRIVATE_KEY,
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(await smtpSinkPort()),
      SMTP_FROM: 'bench@dyocense.test',
      RATE_LIMITS_ENABLED: 'false',
      // No balancer to tell: stop at once between runs.
      SHUTDOWN_DELAY_MS: '0',
      ...env,
    },
    logFile,
  );
}

export function startFloorServer(databaseUrl: string, logFile: string): Promise<RunningServer> {
  return startProcess(
    ['--import', 'tsx', 'bench/floor/floor-server.ts'],
    {
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      ACCOUNTS_JWT_PRIVATE_KEY: BENCH_JWT_PRIVATE_KEY,
    },
    logFile,
  );
}
