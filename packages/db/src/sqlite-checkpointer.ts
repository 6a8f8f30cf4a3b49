import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type SQLite from 'better-sqlite3';

/** How often the background connection folds the WAL back into the database file. @default 100 */
export const CHECKPOINT_INTERVAL_MS = 100;

/** SQLite's own threshold, restored when the background connection cannot run. */
const AUTOCHECKPOINT_PAGES = 1000;

/**
 * The worker's whole program: its own connection to the file, a PASSIVE checkpoint on a timer
 * (it never waits for, nor blocks, the service's readers and writer), and a clean close on
 * "stop". A checkpoint with nothing new to copy returns at once.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const SQLite = require(workerData.driver);
const database = new SQLite(workerData.filename, { timeout: 0 });
const checkpoint = () => {
  try {
    database.pragma('wal_checkpoint(PASSIVE)');
  } catch (error) {
    parentPort.postMessage({ failed: String(error && error.message || error) });
  }
};
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.postMessage({ ready: true });
parentPort.on('message', (message) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  database.close();
  parentPort.close();
});
`;

export interface Checkpointer {
  /** Stops the background connection; the service's own close checkpoints what is left. */
  stop(): void;
}

/**
 * Moves WAL checkpoints off the event loop. better-sqlite3 is synchronous, and SQLite checkpoints
 * in the commit that crosses its threshold: that commit copies a thousand pages and syncs the file
 * (milliseconds, now and then a hundred), and every request waits behind it. Here the service's
 * connection never checkpoints by itself; a worker thread with a connection of its own does, on a
 * timer. Should the worker fail, the connection checkpoints by itself again.
 */
export function checkpointInBackground(
  database: SQLite.Database,
  filename: string,
  options: { intervalMs?: number; onError?: (message: string, error: unknown) => void } = {},
): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { driver, filename, intervalMs: options.intervalMs ?? CHECKPOINT_INTERVAL_MS },
  });
  // A checkpointer never keeps the process alive.
  worker.unref();
  database.pragma('wal_autocheckpoint = 0');
  let stopped = false;
  const fallBack = (problem: unknown) => {
    if (stopped || !database.open) return;
    stopped = true;
    database.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
    options.onError?.('SQLite background checkpoints stopped; checkpointing inline', problem);
  };
  worker.on('message', (message: { failed?: string }) => {
    if (message.failed) options.onError?.('a SQLite background checkpoint failed', message.failed);
  });
  worker.on('error', fallBack);
  worker.on('exit', (code) => fallBack(new Error(`the checkpoint worker exited with ${code}`)));
  return {
    stop() {
      if (stopped) return;
      stopped = true;
      worker.postMessage('stop');
    },
  };
}
