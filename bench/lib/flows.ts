export type Flow = 'hello' | 'signup' | 'verify' | 'read';
/**
 * How a flow reaches its server: as the typed client sends it (`client`: tRPC's httpBatchLink,
 * which sends even a single call as a batch of one), a plain tRPC call, REST, or the floor's routes.
 */
export type Api = 'client' | 'trpc' | 'rest' | 'floor';

export interface FlowRequest {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  /** The body of the `index`th request of this flow, if it has one. */
  body?: (index: number) => string;
}

export interface FlowContext {
  /** Makes emails and tokens unique to one measurement. */
  prefix: string;
  jwt: string;
  tenantId: string;
  tokenFor: (index: number) => string;
}

const JSON_HEADERS = { 'content-type': 'application/json' };

const paths: Record<Api, Record<Exclude<Flow, 'hello'>, string>> = {
  client: {
    signup: '/trpc/auth.signup?batch=1',
    verify: '/trpc/auth.verify?batch=1',
    read: '/trpc/tenants.plans?batch=1',
  },
  trpc: { signup: '/trpc/auth.signup', verify: '/trpc/auth.verify', read: '/trpc/tenants.plans' },
  rest: { signup: '/v1/auth/signup', verify: '/v1/auth/verify', read: '/v1/tenants/{id}/plans' },
  floor: { signup: '/signup', verify: '/verify', read: '/tenants/{id}/plans' },
};

/** tRPC sends its input through its transformer (superjson): `{"json": input}`, keyed by index in a batch. */
function encode(api: Api, input: unknown): string {
  if (api === 'client') return JSON.stringify({ 0: { json: input } });
  return JSON.stringify(api === 'trpc' ? { json: input } : input);
}

export function flowRequest(flow: Flow, api: Api, context: FlowContext): FlowRequest {
  if (flow === 'hello') return { method: 'GET', path: '/healthz', headers: {} };
  if (flow === 'signup') {
    return {
      method: 'POST',
      path: paths[api].signup,
      headers: JSON_HEADERS,
      body: (index) =>
        encode(api, {
          email: `${context.prefix}-${index}@example.com`,
          name: 'Bench Owner',
          business_name: 'Bench Shop',
          intent: 'launch',
        }),
    };
  }
  if (flow === 'verify') {
    return {
      method: 'POST',
      path: paths[api].verify,
      headers: JSON_HEADERS,
      body: (index) => encode(api, { token: context.tokenFor(index) }),
    };
  }
  const path = paths[api].read.replace('{id}', context.tenantId);
  const input = encodeURIComponent(encode(api, { tenant_id: context.tenantId }));
  const query = api === 'client' ? `&input=${input}` : api === 'trpc' ? `?input=${input}` : '';
  return {
    method: 'GET',
    path: `${path}${query}`,
    headers: { authorization: `Bearer ${context.jwt}` },
  };
}
