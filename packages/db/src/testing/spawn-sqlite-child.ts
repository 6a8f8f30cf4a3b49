import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';

export interface SqliteChild {
  /** Resolves once the child printed `line` (a whole line); rejects if it exits first. */
  printed(line: string): Promise<void>;
  /** Lets the child act (it waits for this after opening the file). */
  go(): void;
  /** Resolves to the exit code. */
  exited(): Promise<number | null>;
  /** Everything the child printed so far, stdout and stderr. */
  output(): string;
  kill(): void;
}

/** Runs `sqlite-child.ts` with `args` (a command and a file) in a process of its own. */
export function spawnSqliteChild(args: string[]): SqliteChild {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'sqlite-child.ts'), ...args],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  let output = '';
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exit = once(child, 'exit').then(([code]) => code as number | null);
  return {
    printed: (line) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (output.split('\n').includes(line)) resolve();
        };
        listeners.add(check);
        check();
        void exit.then(() =>
          reject(new Error(`child exited before printing "${line}":\n${output}`)),
        );
      }),
    go: () => void child.stdin.write('go\n'),
    exited: () => exit,
    output: () => output,
    kill: () => void (child.exitCode === null && child.kill('SIGKILL')),
  };
}
