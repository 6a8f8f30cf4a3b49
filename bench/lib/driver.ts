import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { DriveOptions, DriveResult } from '../drive';

export interface Driver {
  run(options: DriveOptions): Promise<DriveResult>;
  close(): void;
}

/** Forks the load generator once; each `run` is one bounded autocannon run in that process. */
export function startDriver(): Driver {
  const child: ChildProcess = fork(fileURLToPath(new URL('../drive.ts', import.meta.url)), {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return {
    run(options) {
      return new Promise((resolve, reject) => {
        child.once('message', (message: { result?: DriveResult; error?: string }) => {
          if (message.result) resolve(message.result);
          else reject(new Error(`load generator failed: ${message.error}`));
        });
        child.send(options);
      });
    },
    close() {
      child.kill();
    },
  };
}
