import {
  createOutageBackoff,
  deleteAuthEventsBefore,
  deleteExpiredOAuthFlows,
  deleteExpiredVerificationTokens,
  deleteExpiredWebauthnChallenges,
  deleteSettledEmails,
  type DB,
} from '@dyocense/db';
import type { FastifyBaseLogger } from 'fastify';
import { describeFailure } from './failure-log';

export interface TokenPurgeOptions {
  db: DB;
  log: FastifyBaseLogger;
  intervalSeconds: number;
  /**
   * How long an expired link still answers "expired" (rather than "not valid") before it goes,
   * and how long a sent or failed email stays in the outbox for inspection.
   */
  retentionSeconds: number;
  /** How long auth events are kept (AUTH_EVENTS_RETENTION_DAYS); kept for ever when absent. */
  eventRetentionSeconds?: number;
  now?: () => Date;
}

/**
 * Deletes verification tokens that expired, and outbox emails settled (sent or failed), more than
 * the retention ago, auth events older than theirs, provider sign-in flows that have expired
 * (starting a sign-in deletes them too, but a quiet server would otherwise keep them) and expired
 * passkey challenges; returns how many tokens went.
 */
export async function purgeExpiredTokens(options: TokenPurgeOptions): Promise<number> {
  const now = options.now?.() ?? new Date();
  const before = new Date(now.getTime() - options.retentionSeconds * 1000);
  const purged = await deleteExpiredVerificationTokens(options.db, before);
  const emails = await deleteSettledEmails(options.db, before);
  const flows = await deleteExpiredOAuthFlows(options.db, now);
  const challenges = await deleteExpiredWebauthnChallenges(options.db, now);
  const events =
    options.eventRetentionSeconds === undefined
      ? 0
      : await deleteAuthEventsBefore(
          options.db,
          new Date(now.getTime() - options.eventRetentionSeconds * 1000),
        );
  if (purged > 0 || emails > 0 || events > 0 || flows > 0 || challenges > 0) {
    options.log.info(
      { purged, emails, events, flows, challenges },
      'purged expired tokens, settled emails, old events, expired sign-in flows and passkey challenges',
    );
  }
  return purged;
}

/**
 * Keeps the token table bounded: one purge at start, then one per interval. Several instances
 * may purge at once; the deletes simply overlap. While the database is unavailable the purge
 * backs off (see `createOutageBackoff`) and says so once, not once per run.
 */
export function startTokenPurge(options: TokenPurgeOptions): { stop(): Promise<void> } {
  const { log } = options;
  const backoff = createOutageBackoff({
    delayMs: options.intervalSeconds * 1000,
    onOutage: (error) =>
      log.warn(
        { cause: describeFailure(error) },
        'token purge paused: the database is unavailable',
      ),
    onRecovery: (outageMs) => log.info({ outageMs }, 'token purge resumed: the database is back'),
  });
  let running: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const run = () => {
    running = purgeExpiredTokens(options).then(
      () => backoff.succeeded(),
      (error: unknown) => {
        if (!backoff.failed(error))
          log.error({ err: error }, 'purging expired verification tokens failed');
      },
    );
    void running.then(() => {
      if (stopped) return;
      timer = setTimeout(run, backoff.nextDelayMs());
      timer.unref();
    });
  };
  run();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
