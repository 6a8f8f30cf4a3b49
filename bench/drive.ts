import autocannon from 'autocannon';
import { flowRequest, type Api, type Flow } from './lib/flows';
import { poolToken } from './lib/token-pool';

/**
 * The load generator, in a process of its own (forked by the harness, driven over IPC) so that
 * it never competes with the harness's bookkeeping or the server.
 */
export interface DriveOptions {
  url: string;
  flow: Flow;
  api: Api;
  connections: number;
  seconds: number;
  /** The index of the first request: continues a warm-up without reusing its emails or tokens. */
  start: number;
  prefix: string;
  tokenPrefix: string;
  jwt: string;
  tenantId: string;
}

export interface DriveResult {
  issued: number;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

async function drive(options: DriveOptions): Promise<DriveResult> {
  const request = flowRequest(options.flow, options.api, {
    prefix: options.prefix,
    jwt: options.jwt,
    tenantId: options.tenantId,
    tokenFor: (index) => poolToken(options.tokenPrefix, index),
  });
  let next = options.start;
  const body = request.body;
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    requests: [
      {
        method: request.method,
        path: request.path,
        headers: request.headers,
        ...(body && {
          setupRequest: (req: autocannon.Request) => ({ ...req, body: body(next++) }),
        }),
      },
    ],
  });
  return {
    issued: next,
    requests: result.requests.total,
    rps: result.requests.total / (result.duration || options.seconds),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors + result.timeouts,
  };
}

process.on('message', (options: DriveOptions) => {
  drive(options).then(
    (result) => process.send?.({ result }),
    (error: unknown) => process.send?.({ error: String(error) }),
  );
});
