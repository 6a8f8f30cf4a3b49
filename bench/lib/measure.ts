import { randomBytes } from 'node:crypto';
import type { BulkWriter } from './bulk-writer';
import type { Driver } from './driver';
import type { Api, Flow } from './flows';
import { watchProcess } from './process-stats';
import type { Measurement } from './report';
import type { RunningServer } from './servers';
import { insertTokenPool, poolToken } from './token-pool';

export interface Target {
  name: 'floor' | 'project';
  apis: Api[];
  server: RunningServer;
  writer: BulkWriter;
  session: { jwt: string; tenantId: string };
}

export interface MeasureSettings {
  driver: Driver;
  dialect: string;
  round: number;
  seconds: number;
  warmupSeconds: number;
  connections: number;
  /** An upper bound of the verify rate, to size the token pool: verify does more than sign-up. */
  expectedVerifyRps: number;
}

const unique = (label: string) => `${label}-${randomBytes(4).toString('hex')}`;

/** A session on the target's own database: a stored token verified through its own API. */
export async function signIn(target: Omit<Target, 'session'>): Promise<Target['session']> {
  const prefix = unique('session');
  await insertTokenPool(target.writer, prefix, 1);
  const path = target.name === 'floor' ? '/verify' : '/v1/auth/verify';
  const response = await fetch(`${target.server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token: poolToken(prefix, 0) }),
  });
  const body = (await response.json()) as { jwt: string; tenant_id: string };
  if (!response.ok) throw new Error(`sign-in on ${target.name} failed: ${JSON.stringify(body)}`);
  return { jwt: body.jwt, tenantId: body.tenant_id };
}

/** Warm-up, then the measured window with the server's CPU and RSS watched. */
export async function measure(
  target: Target,
  api: Api,
  flow: Flow,
  settings: MeasureSettings,
): Promise<Measurement> {
  const prefix = unique(`${flow}-${api}`);
  const tokenPrefix = unique('pool');
  if (flow === 'verify') {
    const window = settings.seconds + settings.warmupSeconds;
    const size = Math.ceil(settings.expectedVerifyRps * window * 1.3) + 2_000;
    await insertTokenPool(target.writer, tokenPrefix, size);
  }
  const base = {
    url: target.server.url,
    flow,
    api,
    connections: settings.connections,
    prefix,
    tokenPrefix,
    jwt: target.session.jwt,
    tenantId: target.session.tenantId,
  };
  const warmup = await settings.driver.run({ ...base, seconds: settings.warmupSeconds, start: 0 });
  const usage = watchProcess(target.server.pid);
  const result = await settings.driver.run({
    ...base,
    seconds: settings.seconds,
    start: warmup.issued,
  });
  const { cpuPercent, peakRssMb } = usage.stop();
  return {
    dialect: settings.dialect,
    round: settings.round,
    target: target.name,
    api,
    flow,
    rps: result.rps,
    p50: result.p50,
    p99: result.p99,
    errors: result.errors + warmup.errors,
    cpuPercent,
    peakRssMb,
  };
}
