import { z } from 'zod';
import { ConfigError } from './config-error';
import type { NodeEnv } from './node-env';
import { commaSeparated, flag, port, whole, withoutTrailingSlash } from './values';

/** The listener, the addresses people and services use, and what a request may be. */
export const httpSchema = z
  .object({
    HOST: z
      .string()
      .default('127.0.0.1')
      .meta({ description: 'address to listen on (`0.0.0.0` in a container)' }),
    PORT: port('PORT').default(8001).meta({ description: 'port to listen on' }),
    PUBLIC_URL: z.url({ error: 'PUBLIC_URL must be an absolute URL' }).optional().meta({
      description:
        'the address clients use; names the server in `/openapi.json`; required in production',
      defaultText: '`http://localhost:$PORT`',
    }),
    FRONTEND_URL: z.url({ error: 'FRONTEND_URL must be an absolute URL' }).optional().meta({
      description: "the web app's address; emailed links point at its `/verify` page",
      defaultText: '`$PUBLIC_URL`',
    }),
    TRUST_PROXY: z.string().optional().meta({
      description:
        '`true`, a number of proxy hops, or comma-separated proxy addresses/CIDRs whose `X-Forwarded-For` is believed; unset or `false`, only the socket’s address',
    }),
    CORS_ORIGINS: z.string().optional().meta({
      description:
        'comma-separated origins (e.g. `https://app.example.com`) allowed to call the API from a browser, written exactly as a browser sends them; no wildcard, no `null`; none by default (same origin only)',
    }),
    REQUEST_TIMEOUT_MS: whole(1000)
      .default(30_000)
      .meta({ description: 'longest time to receive a whole request, milliseconds' }),
    BODY_LIMIT: whole(1024, 10_485_760)
      .default(65_536)
      .meta({ description: 'largest accepted request body, bytes' }),
    TRPC_INPUT_LIMIT: whole(1024, 1_048_576).default(16_384).meta({
      description:
        'largest tRPC input (POST body or `?input=`), bytes; larger gets 413. Depth (32) and superjson `meta` are bounded too',
    }),
    HTTP_FAST_PATH: flag('HTTP_FAST_PATH').default(true).meta({
      description:
        "answer the procedures declared `hot` without the stock adapters' per-request translation (same answers; `false` sends every call through tRPC's and trpc-to-openapi's handlers)",
    }),
  })
  .meta({ title: 'HTTP and public addresses' });

export interface HttpConfig {
  host: string;
  port: number;
  /** The address clients use; names the server in the OpenAPI document. */
  publicUrl: string;
  /** The web app's address; links in emails point at it. */
  frontendUrl: string;
  /** Fastify's trustProxy: false (the socket's address only), a hop count, or proxy addresses. */
  trustProxy: boolean | number | string[];
  /** Origins allowed to call the API from a browser; none by default (same origin only). */
  corsOrigins: string[];
  requestTimeoutMs: number;
  bodyLimit: number;
  /** The most bytes of one tRPC request's input (body or `?input=`); larger ones get 413. */
  trpcInputLimit: number;
  /** Hot procedures answered without the stock adapters' per-request translation. */
  fastPath: boolean;
}

type HttpEnv = z.output<typeof httpSchema>;

/** `true`, a hop count, or a comma-separated list of proxy addresses or CIDR ranges. */
function parseTrustProxy(value: string | undefined): HttpConfig['trustProxy'] {
  if (!value || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return commaSeparated(value);
}

/**
 * Whether `origin` is written exactly as a browser sends it in `Origin` (the only form that can
 * match): http(s), a plain host name or IP, no credentials, no default port, nothing after.
 */
function isExactOrigin(origin: string): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  return (
    (url.protocol === 'https:' || url.protocol === 'http:') &&
    url.origin === origin &&
    /^(?:[a-z0-9-]+\.)*[a-z0-9-]+$|^\[[0-9a-f:.]+\]$/.test(url.hostname)
  );
}

function parseCorsOrigins(value: string | undefined): string[] {
  const origins = commaSeparated(value);
  for (const origin of origins) {
    if (!isExactOrigin(origin)) {
      throw new ConfigError(
        `CORS_ORIGINS: "${origin}" is not allowed: it can never match a browser's Origin; list exact origins such as https://app.example.com or http://localhost:5173 (lowercase, no wildcard, no null, no user:password@, no path, no default port)`,
      );
    }
  }
  return origins;
}

/** What production cannot run without here. */
export function httpProductionProblems(env: HttpEnv, nodeEnv: NodeEnv): string[] {
  if (nodeEnv !== 'production' || env.PUBLIC_URL) return [];
  return [
    'PUBLIC_URL is required when NODE_ENV=production: the address people and services use, e.g. https://accounts.example.com (emailed links point at it)',
  ];
}

/** The listener and addresses; throws a ConfigError for an origin that can never match. */
export function readHttp(env: HttpEnv): HttpConfig {
  const publicUrl = withoutTrailingSlash(env.PUBLIC_URL ?? `http://localhost:${env.PORT}`);
  return {
    host: env.HOST,
    port: env.PORT,
    publicUrl,
    frontendUrl: withoutTrailingSlash(env.FRONTEND_URL ?? publicUrl),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    corsOrigins: parseCorsOrigins(env.CORS_ORIGINS),
    requestTimeoutMs: env.REQUEST_TIMEOUT_MS,
    bodyLimit: env.BODY_LIMIT,
    trpcInputLimit: env.TRPC_INPUT_LIMIT,
    fastPath: env.HTTP_FAST_PATH,
  };
}
