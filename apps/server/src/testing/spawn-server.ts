import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { once } from 'node:events';
import type { Readable } from 'node:stream';
import { forgetContractOf } from './openapi-contract';
import { SERVER_BUNDLE } from './server-bundle';

export interface SpawnedServer {
  child: ChildProcessByStdio<null, Readable, Readable>;
  /** Everything the process printed so far. */
  output(): string;
  /** Resolves to the address once the server listens; rejects if it exits first. */
  listening(): Promise<string>;
  /** Sends `signal` and resolves to the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * Runs the built server (`dist/main.js`, which the global setup keeps current) in a process of
 * its own, as `npm start` would, with only `env` configured. The bundle starts in a fraction of
 * the time `main.ts` takes through tsx, which compiles every module on each start.
 */
export function spawnServer(env: Record<string, string>): SpawnedServer {
  const child = spawn(process.execPath, [SERVER_BUNDLE], {
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = once(child, 'exit') as Promise<[number | null]>;
  let announced = false;
  const address = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (!match?.[1] || announced) return;
      announced = true;
      forgetContractOf(match[1]);
      resolve(match[1]);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then(([code]) =>
      reject(new Error(`server exited (${code}) before listening:\n${output}`)),
    );
  });
  address.catch(() => undefined);
  return {
    child,
    output: () => output,
    listening: () => address,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      const [code] = await exited;
      return code;
    },
  };
}
