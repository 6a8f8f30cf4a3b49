import type { AppRouter, AuthEventOptions } from '@dyocense/api';
import { countWaitingEmails, type DB, type NativeDatabase } from '@dyocense/db';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { createProcedureLabeler } from './metric-labels';

type AuthEvent = Parameters<NonNullable<AuthEventOptions['onEvent']>>[0];

export interface Metrics {
  registry: Registry;
  /** Counts one finished request; call once per request, from onResponse. */
  observeRequest(request: FastifyRequest, reply: FastifyReply): void;
  /** Counts an auth event once it is written. */
  onAuthEvent(event: AuthEvent): void;
}

const PREFIX = 'dyocense_';

/** The service's Prometheus metrics, in a registry of its own (several servers in one process). */
export function createMetrics(options: {
  router: AppRouter;
  db: DB;
  native: NativeDatabase;
}): Metrics {
  const registry = new Registry();
  const registers = [registry];
  collectDefaultMetrics({ register: registry, prefix: PREFIX });
  const labelOf = createProcedureLabeler(options.router);

  const requests = new Counter({
    name: `${PREFIX}http_requests_total`,
    help: 'HTTP requests by procedure (or route), method and status',
    labelNames: ['procedure', 'method', 'status'],
    registers,
  });
  const duration = new Histogram({
    name: `${PREFIX}http_request_duration_seconds`,
    help: 'HTTP request latency by procedure (or route) and status',
    labelNames: ['procedure', 'status'],
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers,
  });
  const authEvents = new Counter({
    name: `${PREFIX}auth_events_total`,
    help: 'Auth events written, by type and detail',
    labelNames: ['type', 'detail'],
    registers,
  });
  const signups = new Counter({
    name: `${PREFIX}signups_total`,
    help: 'Sign-up requests from addresses without an account',
    registers,
  });
  const verifications = new Counter({
    name: `${PREFIX}verifications_total`,
    help: 'Link verifications by result: succeeded, unknown, used, expired, superseded, scanner_blocked',
    labelNames: ['result'],
    registers,
  });
  const emails = new Counter({
    name: `${PREFIX}emails_total`,
    help: 'Emails by result: queued, sent, failed (given up)',
    labelNames: ['result'],
    registers,
  });
  const rateLimited = new Counter({
    name: `${PREFIX}rate_limited_total`,
    help: 'Calls refused by a rate limit, by rule',
    labelNames: ['rule'],
    registers,
  });
  new Gauge({
    name: `${PREFIX}email_outbox_depth`,
    help: 'Emails waiting in the outbox, by status (pending, sending)',
    labelNames: ['status'],
    registers,
    async collect() {
      const waiting = await countWaitingEmails(options.db);
      this.reset();
      this.set({ status: 'pending' }, waiting.pending);
      this.set({ status: 'sending' }, waiting.sending);
    },
  });
  const { native } = options;
  if (native.kind === 'postgres') {
    new Gauge({
      name: `${PREFIX}db_pool_connections`,
      help: 'PostgreSQL pool connections: total, idle, and requests waiting for one',
      labelNames: ['state'],
      registers,
      collect() {
        this.set({ state: 'total' }, native.pool.totalCount);
        this.set({ state: 'idle' }, native.pool.idleCount);
        this.set({ state: 'waiting' }, native.pool.waitingCount);
      },
    });
  }

  const countsByType: Partial<Record<AuthEvent['type'], (detail: string) => void>> = {
    signup_requested: (detail) => detail === '' && signups.inc(),
    verify_succeeded: () => verifications.inc({ result: 'succeeded' }),
    verify_failed: (detail) => verifications.inc({ result: detail }),
    scanner_blocked: () => verifications.inc({ result: 'scanner_blocked' }),
    email_queued: () => emails.inc({ result: 'queued' }),
    email_sent: () => emails.inc({ result: 'sent' }),
    email_failed: () => emails.inc({ result: 'failed' }),
    rate_limited: (detail) => rateLimited.inc({ rule: detail }),
  };

  return {
    registry,
    observeRequest(request, reply) {
      const procedure = labelOf(request);
      const status = String(reply.statusCode);
      requests.inc({ procedure, method: request.method, status });
      duration.observe({ procedure, status }, reply.elapsedTime / 1000);
    },
    onAuthEvent(event) {
      const detail = event.detail ?? '';
      authEvents.inc({ type: event.type, detail });
      countsByType[event.type]?.(detail);
    },
  };
}
