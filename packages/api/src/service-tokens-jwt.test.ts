import { SignJWT, decodeJwt, decodeProtectedHeader } from 'jose';
import { describe, expect, it } from 'vitest';
import { createJwtService } from './jwt';
import { createKeySet, generatePrivateKeyPem } from './signing-keys';

const now = new Date('2026-03-01T12:00:00.000Z');
const nowSeconds = Math.floor(now.getTime() / 1000);
const service = createJwtService({
  keys: createKeySet({ alg: 'EdDSA', privateKeyPem: generatePrivateKeyPem('EdDSA') }),
  serviceTokenTtlSeconds: 300,
});
const client = { clientId: 'svc_0123456789abcdef01234567', tenantId: 'shop-abc123' };
const session = {
  userId: 'user-0123456789',
  tenantId: 'shop-abc123',
  email: 'a@example.com',
  sessionId: 'sess-1',
};

/** A token signed with the service's own key, with exactly these claims. */
function signed(payload: Record<string, unknown>) {
  const { current } = service.keys;
  return new SignJWT({
    iss: 'dyocense-accounts',
    aud: 'dyocense',
    iat: nowSeconds,
    nbf: nowSeconds,
    exp: nowSeconds + 300,
    jti: 'jti-1',
    ...payload,
  })
    .setProtectedHeader({ alg: current.alg, typ: 'at+jwt', kid: current.kid })
    .sign(current.signKey);
}

describe('service access tokens (RFC 9068)', () => {
  it('carries the profile’s header and claims, for the configured lifetime', async () => {
    const issued = await service.signServiceToken(
      { ...client, scopes: ['plans:read', 'projects:read'] },
      now,
    );
    expect(issued.expiresIn).toBe(300);
    expect(decodeProtectedHeader(issued.jwt)).toEqual({
      alg: 'EdDSA',
      typ: 'at+jwt',
      kid: service.keys.current.kid,
    });
    expect(decodeJwt(issued.jwt)).toEqual({
      iss: 'dyocense-accounts',
      aud: 'dyocense',
      sub: client.clientId,
      client_id: client.clientId,
      tenant_id: client.tenantId,
      scope: 'plans:read projects:read',
      iat: nowSeconds,
      nbf: nowSeconds,
      exp: nowSeconds + 300,
      jti: expect.any(String),
    });
    await expect(service.verifyServiceToken(issued.jwt, now)).resolves.toMatchObject({
      ...client,
      scopes: ['plans:read', 'projects:read'],
    });
  });

  it('never takes a service token for a session, nor a session JWT for a service token', async () => {
    const { jwt: serviceJwt } = await service.signServiceToken(
      { ...client, scopes: ['plans:read'] },
      now,
    );
    const { jwt: sessionJwt } = await service.sign(session, now);
    // Each is verified once first, so the remembered verification is put to the test too.
    await service.verifyBearer(serviceJwt, now);
    await service.verifyBearer(sessionJwt, now);
    await expect(service.verify(serviceJwt, now)).rejects.toThrow('not a session JWT');
    await expect(service.verifyServiceToken(sessionJwt, now)).rejects.toThrow(
      'not a service access token',
    );
    await expect(service.verifyBearer(sessionJwt, now)).resolves.toMatchObject({
      kind: 'session',
    });
  });

  it.each([
    [
      'a session id beside the client id',
      {
        sub: client.clientId,
        client_id: client.clientId,
        tenant_id: 't',
        scope: 'plans:read',
        sid: 's',
      },
    ],
    [
      'an email beside the client id',
      {
        sub: client.clientId,
        client_id: client.clientId,
        tenant_id: 't',
        scope: 'plans:read',
        email: 'e@x',
      },
    ],
    [
      'a subject other than the client',
      { sub: 'user-1', client_id: client.clientId, tenant_id: 't', scope: 'plans:read' },
    ],
    ['no scope', { sub: client.clientId, client_id: client.clientId, tenant_id: 't' }],
    ['no tenant', { sub: client.clientId, client_id: client.clientId, scope: 'plans:read' }],
  ])('refuses a token with %s', async (_, payload) => {
    await expect(service.verifyBearer(await signed(payload), now)).rejects.toThrow();
  });
});
