import type { AccountsServer } from './server';

/**
 * SIGTERM or SIGINT stops the server once and exits 0, or 1 if stopping fails or takes longer
 * than `timeoutMs`. A repeated signal changes nothing: `npm start` forwards the signal its process
 * group already delivered, so the server receives it twice.
 */
export function stopOnSignals(server: AccountsServer, timeoutMs: number): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      server.log.info({ signal }, 'already shutting down');
      return;
    }
    stopping = true;
    server.log.info({ signal, timeoutMs }, 'shutting down');
    const deadline = setTimeout(() => {
      server.log.error({ timeoutMs }, 'shutdown took too long; exiting with requests unfinished');
      process.exit(1);
    }, timeoutMs);
    deadline.unref();
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        server.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
