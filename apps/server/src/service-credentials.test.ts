import { generatePrivateKeyPem } from '@dyocense/api';
import { describeFor, DIALECTS } from '@dyocense/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  basicAuth,
  requestToken,
  serviceTokenFor,
  type ServiceTokenOptions,
} from './testing/service-clients';
import { jwtFor } from './testing/test-fixtures';
import { getJson, postJson, startServerWithDatabase } from './testing/test-server';

const FAILURES_PER_IP = 3;
const TOKENS_PER_CLIENT = 6;
let addressCounter = 0;

/** A client address of its own (through the trusted proxy), so that limits count apart. */
const fromNewAddress = () => ({ 'x-forwarded-for': `198.51.100.${(addressCounter += 1)}` });

for (const dialect of DIALECTS) {
  describeFor(dialect)(`service credentials over HTTP (${dialect})`, () => {
    let env: Awaited<ReturnType<typeof startServerWithDatabase>>;
    let base: string;
    let owner: { jwt: string; tenant_id: string; session_id: string; user: { id: string } };

    beforeAll(async () => {
      env = await startServerWithDatabase(dialect, {
        TRUST_PROXY: '127.0.0.1',
        RATE_LIMIT_TOKEN_FAILURES_PER_IP: String(FAILURES_PER_IP),
        RATE_LIMIT_TOKEN_REQUESTS_PER_CLIENT: String(TOKENS_PER_CLIENT),
      });
      base = env.server.url;
      const signup = await postJson(`${base}/v1/auth/signup`, {
        email: `svc-${dialect}@example.com`,
        name: 'Olga Owner',
        business_name: 'Service Shop',
      });
      const verified = await postJson(`${base}/v1/auth/verify`, { token: signup.body.token });
      owner = verified.body as typeof owner;
    });
    afterAll(() => env?.destroy());

    const asOwner = () => ({ authorization: `Bearer ${owner.jwt}` });
    const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

    async function register(scopes: string[] = ['plans:read']) {
      const created = await postJson(
        `${base}/v1/service-clients`,
        { name: 'Billing', scopes },
        asOwner(),
      );
      expect(created.status).toBe(200);
      const body = created.body as { client: { client_id: string }; client_secret: string };
      return { id: body.client.client_id, secret: body.client_secret };
    }

    async function tokenOf(client: { id: string; secret: string }, scope?: string) {
      const answer = await requestToken(
        base,
        { grant_type: 'client_credentials', ...(scope !== undefined && { scope }) },
        { ...basicAuth(client.id, client.secret), ...fromNewAddress() },
      );
      expect(answer.status).toBe(200);
      return answer.body.access_token as string;
    }

    const plans = (headers: Record<string, string>, tenant = 'me') =>
      getJson(`${base}/v1/tenants/${tenant}/plans`, headers);

    it('registers a client, issues a token, serves its calls, and refuses the next call once it is revoked', async () => {
      const client = await register();
      expect(client.secret).toMatch(/^dsk_/);
      const issued = await requestToken(
        base,
        { grant_type: 'client_credentials' },
        basicAuth(client.id, client.secret),
      );
      expect(issued.status).toBe(200);
      expect(issued.headers.get('cache-control')).toBe('no-store');
      expect(issued.body).toEqual({
        access_token: expect.any(String),
        token_type: 'Bearer',
        expires_in: 600,
        scope: 'plans:read',
      });
      const token = issued.body.access_token as string;
      const [header, payload] = token
        .split('.')
        .slice(0, 2)
        .map((part) => JSON.parse(Buffer.from(part, 'base64url').toString()) as object);
      expect(header).toMatchObject({ typ: 'at+jwt', alg: 'EdDSA' });
      expect(payload).toMatchObject({
        iss: 'dyocense-accounts',
        aud: 'dyocense',
        sub: client.id,
        client_id: client.id,
        tenant_id: owner.tenant_id,
        scope: 'plans:read',
        jti: expect.any(String),
      });

      // REST (the fast path serves this route), REST by tenant id, and tRPC.
      expect((await plans(bearer(token))).status).toBe(200);
      expect((await plans(bearer(token), owner.tenant_id)).status).toBe(200);
      const trpc = await fetch(
        `${base}/trpc/tenants.plans?input=${encodeURIComponent(JSON.stringify({ json: { tenant_id: 'me' } }))}`,
        { headers: bearer(token) },
      );
      expect(trpc.status).toBe(200);

      const listed = await getJson(`${base}/v1/service-clients`, asOwner());
      expect(JSON.stringify(listed.body)).not.toContain(client.secret);
      const revoked = await postJson(
        `${base}/v1/service-clients/${client.id}/revoke`,
        {},
        asOwner(),
      );
      expect(revoked.status).toBe(200);
      const refused = await plans(bearer(token));
      expect(refused.status).toBe(401);
      expect(refused.body).toMatchObject({
        data: { reason: 'SERVICE_CLIENT_REVOKED' },
        message: expect.stringMatching(/revoked/),
      });
      const again = await requestToken(
        base,
        { grant_type: 'client_credentials' },
        basicAuth(client.id, client.secret),
      );
      expect(again.status).toBe(401);
      expect(again.body.error).toBe('invalid_client');
    });

    it('authenticates by client_secret_post as well, and narrows the scope', async () => {
      const client = await register(['plans:read', 'projects:read']);
      const issued = await requestToken(
        base,
        {
          grant_type: 'client_credentials',
          client_id: client.id,
          client_secret: client.secret,
          scope: 'projects:read',
        },
        fromNewAddress(),
      );
      expect(issued.status).toBe(200);
      expect(issued.body.scope).toBe('projects:read');
      const token = issued.body.access_token as string;
      expect((await getJson(`${base}/v1/tenants/me/projects`, bearer(token))).status).toBe(200);
      const plansRefused = await plans(bearer(token));
      expect(plansRefused.status).toBe(403);
      expect(plansRefused.body).toMatchObject({ data: { reason: 'SCOPE_REQUIRED' } });
    });

    it.each([
      ['no grant_type', {}, {}, 400, 'invalid_request'],
      [
        'a grant_type sent twice',
        'grant_type=client_credentials&grant_type=password',
        {},
        400,
        'invalid_request',
      ],
      ['another grant type', { grant_type: 'password' }, {}, 400, 'unsupported_grant_type'],
      ['no credentials', { grant_type: 'client_credentials' }, {}, 401, 'invalid_client'],
      [
        'a session JWT instead of client credentials',
        { grant_type: 'client_credentials' },
        'session',
        401,
        'invalid_client',
      ],
    ] as const)('answers %s with %s', async (_, form, auth, status, error) => {
      const headers = auth === 'session' ? asOwner() : auth;
      const body = typeof form === 'string' ? form : new URLSearchParams(form).toString();
      const response = await fetch(`${base}/oauth/token`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          ...headers,
          ...fromNewAddress(),
        },
        body,
      });
      expect(response.status).toBe(status);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(await response.json()).toEqual({ error, error_description: expect.any(String) });
    });

    it('answers a JSON body, and both ways of authentication at once, with invalid_request', async () => {
      const client = await register();
      const json = await fetch(`${base}/oauth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ grant_type: 'client_credentials' }),
      });
      expect(json.status).toBe(400);
      expect(await json.json()).toMatchObject({ error: 'invalid_request' });
      const both = await requestToken(
        base,
        { grant_type: 'client_credentials', client_secret: client.secret },
        basicAuth(client.id, client.secret),
      );
      expect(both.status).toBe(400);
      expect(both.body.error).toBe('invalid_request');
    });

    it('answers a wrong secret and an unknown client alike, with the Basic challenge when Basic was used', async () => {
      const client = await register();
      const address = fromNewAddress();
      const wrong = await requestToken(
        base,
        { grant_type: 'client_credentials' },
        { ...basicAuth(client.id, 'dsk_wrong'), ...address },
      );
      const unknown = await requestToken(
        base,
        { grant_type: 'client_credentials' },
        { ...basicAuth('svc_000000000000000000000000', 'dsk_x'), ...address },
      );
      for (const answer of [wrong, unknown]) {
        expect(answer.status).toBe(401);
        expect(answer.headers.get('www-authenticate')).toMatch(/^Basic /);
      }
      expect(unknown.body).toEqual(wrong.body);
      const posted = await requestToken(
        base,
        { grant_type: 'client_credentials', client_id: client.id, client_secret: 'dsk_wrong' },
        address,
      );
      expect(posted.status).toBe(401);
      expect(posted.headers.get('www-authenticate')).toBeNull();
    });

    it('answers a scope the client does not hold with invalid_scope', async () => {
      const client = await register(['plans:read']);
      const answer = await requestToken(
        base,
        { grant_type: 'client_credentials', scope: 'projects:read' },
        { ...basicAuth(client.id, client.secret), ...fromNewAddress() },
      );
      expect(answer.status).toBe(400);
      expect(answer.body.error).toBe('invalid_scope');
    });

    it('limits failed authentications per address (then even the right secret waits) and tokens per client', async () => {
      const client = await register();
      const address = fromNewAddress();
      const attempt = (secret: string) =>
        requestToken(
          base,
          { grant_type: 'client_credentials' },
          { ...basicAuth(client.id, secret), ...address },
        );
      for (let index = 0; index < FAILURES_PER_IP; index++) {
        expect((await attempt('dsk_wrong')).status).toBe(401);
      }
      const limited = await attempt(client.secret);
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(limited.body.error).toBe('temporarily_unavailable');

      const statuses = [];
      for (let index = 0; index <= TOKENS_PER_CLIENT; index++) {
        const answer = await requestToken(
          base,
          { grant_type: 'client_credentials' },
          { ...basicAuth(client.id, client.secret), ...fromNewAddress() },
        );
        statuses.push(answer.status);
      }
      expect(statuses).toEqual([...Array<number>(TOKENS_PER_CLIENT).fill(200), 429]);
    });

    /** A service token of `client` for this tenant, signed as a test chooses. */
    const forged = (clientId: string, claims: object = {}, options: ServiceTokenOptions = {}) =>
      serviceTokenFor(
        { client_id: clientId, tenant_id: owner.tenant_id, scope: 'plans:read', ...claims },
        options,
      );

    it('accepts a properly signed token of an active client (the matrix’s baseline)', async () => {
      const client = await register();
      expect((await plans(bearer(await forged(client.id)))).status).toBe(200);
    });

    it.each<[string, (clientId: string) => Promise<string>, number, string]>([
      ['a wrong typ', (id) => forged(id, {}, { typ: 'JWT' }), 401, 'SERVICE_TOKEN_INVALID'],
      [
        'a wrong audience',
        (id) => forged(id, {}, { audience: 'elsewhere' }),
        401,
        'SERVICE_TOKEN_INVALID',
      ],
      [
        'a wrong issuer',
        (id) => forged(id, {}, { issuer: 'someone' }),
        401,
        'SERVICE_TOKEN_INVALID',
      ],
      [
        'an expired token',
        (id) => forged(id, {}, { expiresAt: Math.floor(Date.now() / 1000) - 60 }),
        401,
        'SERVICE_TOKEN_INVALID',
      ],
      [
        'a token signed with another key',
        (id) => forged(id, {}, { privateKeyPem: generatePrivateKeyPem('EdDSA') }),
        401,
        'SERVICE_TOKEN_INVALID',
      ],
      [
        'a tampered token',
        async (id) => `${(await forged(id)).slice(0, -3)}xyz`,
        401,
        'SERVICE_TOKEN_INVALID',
      ],
      [
        'a token claiming another tenant',
        (id) => forged(id, { tenant_id: 'other-tenant-abc123' }),
        401,
        'SERVICE_CLIENT_REVOKED',
      ],
      [
        'a token with a session id as well',
        (id) => forged(id, { sid: owner.session_id }),
        401,
        'SERVICE_TOKEN_INVALID',
      ],
      [
        'a token without the scope',
        (id) => forged(id, { scope: 'projects:read' }),
        403,
        'SCOPE_REQUIRED',
      ],
      [
        'a token of an unknown client',
        () => forged('svc_000000000000000000000000'),
        401,
        'SERVICE_CLIENT_REVOKED',
      ],
    ])('refuses %s', async (_, tokenFor, status, reason) => {
      const client = await register();
      const response = await plans(bearer(await tokenFor(client.id)));
      expect(response.status).toBe(status);
      expect(response.body).toMatchObject({ data: { reason } });
    });

    it('answers another tenant’s id as it does for a person', async () => {
      const token = await tokenOf(await register());
      const other = await plans(bearer(token), 'someone-else-abc123');
      expect(other.status).toBe(403);
      expect(other.body).toMatchObject({ data: { reason: 'TENANT_FORBIDDEN' } });
    });

    it('refuses a service token where only a person belongs, and a session JWT claiming a client', async () => {
      const token = await tokenOf(await register());
      for (const path of ['/v1/auth/me', '/v1/service-clients', '/v1/auth/sessions']) {
        const response = await getJson(`${base}${path}`, bearer(token));
        expect(response.status).toBe(403);
        expect(response.body).toMatchObject({ data: { reason: 'SERVICE_NOT_ALLOWED' } });
      }
      const created = await postJson(
        `${base}/v1/service-clients`,
        { name: 'Escalation', scopes: ['plans:read'] },
        bearer(token),
      );
      expect(created.status).toBe(403);
      const sessionWithClient = await jwtFor({
        sub: owner.user.id,
        tenant_id: owner.tenant_id,
        email: 'o@example.com',
        sid: owner.session_id,
        client_id: 'svc_000000000000000000000000',
      });
      const refused = await getJson(`${base}/v1/auth/me`, bearer(sessionWithClient));
      expect(refused.status).toBe(401);
    });

    it('issues no usable token once a revocation has committed, however the requests interleave', async () => {
      const client = await register();
      const issue = () =>
        requestToken(
          base,
          { grant_type: 'client_credentials' },
          { ...basicAuth(client.id, client.secret), ...fromNewAddress() },
        ).catch((error: unknown) => ({
          status: 0,
          body: { error: String(error) } as Record<string, unknown>,
        }));
      const before = Array.from({ length: TOKENS_PER_CLIENT - 1 }, issue);
      const revoke = postJson(`${base}/v1/service-clients/${client.id}/revoke`, {}, asOwner());
      const racing = await Promise.all([...before, revoke]);
      expect(racing.at(-1)?.status).toBe(200);
      const after = await Promise.all([issue(), issue()]);
      expect(after.map(({ status }) => status)).toEqual([401, 401]);
      const tokens = racing
        .slice(0, -1)
        .flatMap(({ body }) => (typeof body.access_token === 'string' ? [body.access_token] : []));
      for (const token of tokens) expect((await plans(bearer(token))).status).toBe(401);
    });
  });
}
