import { createHash, createPublicKey, randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { SignJWT, importPKCS8, importSPKI, jwtVerify } from 'jose';
import { createPostgresFloorStore } from './floor-postgres';
import { createSqliteFloorStore } from './floor-sqlite';
import type { EventRow, FloorStore } from './floor-store';

/**
 * The physical reference: the service's three flows on plain node:http, the driver's prepared
 * statements and jose, with no framework and no input validation.
 */
const databaseUrl = process.env.DATABASE_URL ?? '';
// The service's default algorithm, EdDSA, with its key imported once, as the service does.
const privateKeyPem = process.env.ACCOUNTS_JWT_PRIVATE_KEY ?? '';
const signingKey = await importPKCS8(privateKeyPem, 'EdDSA');
const verifyingKey = await importSPKI(
  createPublicKey(privateKeyPem).export({ format: 'pem', type: 'spki' }).toString(),
  'EdDSA',
);
const issuer = 'dyocense-accounts';
const audience = 'dyocense';
const ttlSeconds = 3600;
const frontendUrl = 'http://127.0.0.1:8001';

const store: FloorStore = databaseUrl.startsWith('postgres')
  ? createPostgresFloorStore(databaseUrl)
  : createSqliteFloorStore(databaseUrl);

const hex = (bytes: number) => randomBytes(bytes).toString('hex');
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
const hashEmail = (email: string) => hashToken(email.trim().toLowerCase());
const ipPrefix = (req: IncomingMessage) =>
  `${(req.socket.remoteAddress ?? '').split('.').slice(0, 3).join('.')}.0/24`;

function event(
  req: IncomingMessage,
  type: string,
  fields: { email: string; tenantId?: string; intent: string | null; detail: string },
): EventRow {
  return {
    id: randomUUID(),
    type,
    occurredAt: new Date(),
    tenantId: fields.tenantId ?? null,
    emailHash: hashEmail(fields.email),
    intent: fields.intent,
    detail: fields.detail,
    ipPrefix: ipPrefix(req),
  };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(json),
  });
  res.end(json);
}

async function readJson(req: IncomingMessage): Promise<Record<string, string>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

async function signup(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await readJson(req);
  const now = new Date();
  const token = randomBytes(32).toString('base64url');
  const email = body.email ?? '';
  const name = body.name ?? '';
  const businessName = body.business_name ?? '';
  const intent = body.intent ?? null;
  await store.requestSignup(
    {
      tokenHash: hashToken(token),
      email,
      fullName: name,
      businessName,
      intent,
      now,
      expiresAt: new Date(now.getTime() + 86_400_000),
    },
    {
      id: `msg-${randomUUID()}`,
      recipient: email,
      params: JSON.stringify({ name, business_name: businessName, ttl_seconds: 86_400 }),
      link: `${frontendUrl}/verify?token=${encodeURIComponent(token)}&next=/home`,
      now,
    },
    [
      event(req, 'signup_requested', { email, intent, detail: 'signup' }),
      event(req, 'email_queued', { email, intent: null, detail: 'verify_signup' }),
    ],
  );
  send(res, 200, { message: 'Check your email.', email });
}

async function verify(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await readJson(req);
  const now = new Date();
  const refreshToken = randomBytes(32).toString('base64url');
  const sessionExpiresAt = new Date(now.getTime() + 30 * 86_400_000);
  const account = await store.verify(
    hashToken(body.token ?? ''),
    now,
    {
      tenantId: (name) => `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${hex(8)}`,
      userId: `user-${hex(8)}`,
      workspaceId: `proj-${hex(8)}`,
      planId: `plan-${hex(8)}`,
      taskIds: Array.from({ length: 5 }, () => `task-${hex(8)}`),
      sessionId: `sess-${hex(12)}`,
      refreshTokenHash: hashToken(refreshToken),
      sessionExpiresAt,
    },
    (account) =>
      event(req, 'verify_succeeded', {
        email: account.email,
        tenantId: account.tenantId,
        intent: 'launch',
        detail: 'signup',
      }),
  );
  if (!account) return send(res, 404, { code: 'NOT_FOUND' });
  const issuedAt = Math.floor(now.getTime() / 1000);
  const jwt = await new SignJWT({
    tenant_id: account.tenantId,
    email: account.email,
    sid: account.sessionId,
  })
    .setProtectedHeader({ alg: 'EdDSA', typ: 'at+jwt' })
    .setSubject(account.userId)
    .setIssuer(issuer)
    .setAudience(audience)
    .setIssuedAt(issuedAt)
    .setNotBefore(issuedAt)
    .setExpirationTime(issuedAt + ttlSeconds)
    .setJti(randomUUID())
    .sign(signingKey);
  send(res, 200, {
    jwt,
    token: jwt,
    expires_at: new Date((issuedAt + ttlSeconds) * 1000).toISOString(),
    session_id: account.sessionId,
    refresh_token: refreshToken,
    refresh_expires_at: sessionExpiresAt.toISOString(),
    tenant_id: account.tenantId,
    workspace_id: account.workspaceId,
    user: {
      id: account.userId,
      email: account.email,
      name: account.fullName,
      tenant_id: account.tenantId,
    },
  });
}

async function plans(req: IncomingMessage, res: ServerResponse, tenantId: string): Promise<void> {
  const token = req.headers.authorization?.slice('Bearer '.length) ?? '';
  const session = await jwtVerify(token, verifyingKey, {
    algorithms: ['EdDSA'],
    typ: 'at+jwt',
    issuer,
    audience,
    requiredClaims: ['sub', 'exp', 'iat', 'jti'],
  }).catch(() => undefined);
  if (!session) return send(res, 401, { code: 'UNAUTHORIZED' });
  const own = session.payload.tenant_id as string;
  const claims = {
    sessionId: session.payload.sid as string,
    userId: session.payload.sub ?? '',
    tenantId: own,
  };
  if (!(await store.sessionIsActive(claims, new Date()))) {
    return send(res, 401, { code: 'UNAUTHORIZED' });
  }
  if (tenantId !== 'me' && tenantId !== own) return send(res, 403, { code: 'FORBIDDEN' });
  const items = await store.listPlans(own);
  send(res, 200, { items, count: items.length });
}

async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = req.url ?? '/';
  if (req.method === 'GET' && url === '/healthz') return send(res, 200, { status: 'ok' });
  if (req.method === 'POST' && url === '/signup') return signup(req, res);
  if (req.method === 'POST' && url === '/verify') return verify(req, res);
  const plansPath = /^\/tenants\/([^/]+)\/plans$/.exec(url);
  if (req.method === 'GET' && plansPath?.[1]) return plans(req, res, plansPath[1]);
  send(res, 404, { code: 'NOT_FOUND' });
}

const server = createServer((req, res) => {
  route(req, res).catch((error: unknown) => {
    console.error(error);
    if (!res.headersSent) send(res, 500, { code: 'INTERNAL_SERVER_ERROR' });
  });
});
server.keepAliveTimeout = 60_000;
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  console.warn(`floor listening on ${typeof address === 'object' && address ? address.port : ''}`);
});
process.once('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
  void store.close().then(() => process.exit(0));
});
