import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { SignJWT, decodeProtectedHeader, exportJWK, type JWTHeaderParameters } from 'jose';
import { describe, expect, it, vi } from 'vitest';
import { createJwtService, type JwtService } from './jwt';
import { createKeySet, generatePrivateKeyPem } from './signing-keys';
import { generateToken } from './tokens';

const secret = 'a-secret-of-at-least-thirty-two-characters';
const now = new Date('2026-03-01T12:00:00.000Z');
const nowSeconds = Math.floor(now.getTime() / 1000);
const claims = {
  userId: 'user-0123456789',
  tenantId: 'shop-abc123',
  email: 'a@example.com',
  sessionId: 'sess-1',
};

const edPrivateKeyPem = generatePrivateKeyPem('EdDSA');
const services: [string, JwtService][] = [
  ['HS256', createJwtService({ secret })],
  [
    'EdDSA',
    createJwtService({ keys: createKeySet({ alg: 'EdDSA', privateKeyPem: edPrivateKeyPem }) }),
  ],
  [
    'ES256',
    createJwtService({
      keys: createKeySet({ alg: 'ES256', privateKeyPem: generatePrivateKeyPem('ES256') }),
    }),
  ],
];

function encode(part: object): string {
  return Buffer.from(JSON.stringify(part)).toString('base64url');
}

/** A payload this service would accept, for forging tokens around it. */
function validPayload(overrides: Record<string, unknown> = {}) {
  return {
    sub: claims.userId,
    tenant_id: claims.tenantId,
    email: claims.email,
    sid: claims.sessionId,
    iss: 'dyocense-accounts',
    aud: 'dyocense',
    iat: nowSeconds,
    nbf: nowSeconds,
    exp: nowSeconds + 600,
    jti: 'jti-1',
    ...overrides,
  };
}

/** jose's refusal of a claim (or `typ`) that is present but not what the service expects. */
const CLAIM_INVALID = (claim: string) => ({ code: 'ERR_JWT_CLAIM_VALIDATION_FAILED', claim });
const EXPIRED = { code: 'ERR_JWT_EXPIRED' };
const BAD_SIGNATURE = { code: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' };
const ALG_NOT_ALLOWED = { code: 'ERR_JOSE_ALG_NOT_ALLOWED' };
const MALFORMED = { code: 'ERR_JWS_INVALID' };
const UNKNOWN_KEY = { message: 'JWT signed with an unknown key' };
const MISSING_CLAIM = (claim: string) => ({ message: `JWT claim "${claim}" is missing` });

/** Signs like the service does (its current key and kid), changing only what a case changes. */
const publicPemOf = (privatePem: string) =>
  createPublicKey(privatePem).export({ format: 'pem', type: 'spki' }).toString();

async function signWithServiceKey(
  service: JwtService,
  payload: Record<string, unknown>,
  header: Partial<JWTHeaderParameters> = {},
) {
  const { current } = service.keys;
  return new SignJWT(payload)
    .setProtectedHeader({ alg: current.alg, typ: 'at+jwt', kid: current.kid, ...header })
    .sign(current.signKey);
}

for (const [alg, service] of services) {
  describe(`session JWTs (${alg})`, () => {
    it('round-trips the claims with alg, typ and kid in the header', async () => {
      const { jwt, expiresAt } = await service.sign(claims, now);
      expect(decodeProtectedHeader(jwt)).toEqual({
        alg,
        typ: 'at+jwt',
        kid: service.keys.current.kid,
      });
      expect(expiresAt.getTime() - now.getTime()).toBe(3_600_000);
      await expect(service.verify(jwt, now)).resolves.toMatchObject({ ...claims, expiresAt });
    });

    it('accepts a token forged only in the way the cases below differ from', async () => {
      await expect(
        service.verify(await signWithServiceKey(service, validPayload()), now),
      ).resolves.toMatchObject(claims);
    });

    // Each case names the check that refuses it, so a token refused for another reason (or a
    // crash) fails the case instead of passing it.
    it.each([
      ['wrong typ', {}, { typ: 'JWT' }, CLAIM_INVALID('typ')],
      ['wrong audience', { aud: 'another-service' }, {}, CLAIM_INVALID('aud')],
      ['wrong issuer', { iss: 'someone-else' }, {}, CLAIM_INVALID('iss')],
      ['expired', { exp: nowSeconds - 60 }, {}, EXPIRED],
      ['not valid yet (nbf in the future)', { nbf: nowSeconds + 600 }, {}, CLAIM_INVALID('nbf')],
      ['an unknown kid', {}, { kid: 'someone-elses-key' }, UNKNOWN_KEY],
      ['no kid', {}, { kid: undefined }, UNKNOWN_KEY],
      [
        'a jku header and an unknown kid',
        {},
        { jku: 'https://attacker.example/jwks.json', kid: 'attacker' },
        UNKNOWN_KEY,
      ],
      ['no tenant claim', { tenant_id: undefined }, {}, MISSING_CLAIM('tenant_id')],
      ['no session claim', { sid: undefined }, {}, MISSING_CLAIM('sid')],
    ])('refuses a token with %s', async (_, payload, header, reason) => {
      const jwt = await signWithServiceKey(service, validPayload(payload), header);
      await expect(service.verify(jwt, now)).rejects.toMatchObject(reason);
    });

    it('allows a few seconds of clock skew, no more', async () => {
      const { jwt } = await service.sign(claims, now);
      const justAfterExpiry = new Date(now.getTime() + 3_600_000 + 4_000);
      await expect(service.verify(jwt, justAfterExpiry)).resolves.toMatchObject(claims);
      await expect(
        service.verify(jwt, new Date(now.getTime() + 3_600_000 + 6_000)),
      ).rejects.toMatchObject(EXPIRED);
    });

    it('refuses a tampered payload', async () => {
      const { jwt } = await service.sign(claims, now);
      const [header, , signature] = jwt.split('.');
      const forged = encode(validPayload({ tenant_id: 'another-tenant' }));
      await expect(service.verify(`${header}.${forged}.${signature}`, now)).rejects.toMatchObject(
        BAD_SIGNATURE,
      );
    });

    it.each(['none', 'NoNe'])('refuses alg %s', async (none) => {
      const header = encode({ alg: none, typ: 'at+jwt', kid: service.keys.current.kid });
      await expect(
        service.verify(`${header}.${encode(validPayload())}.`, now),
      ).rejects.toMatchObject(ALG_NOT_ALLOWED);
    });

    it('refuses a token signed by a key embedded in its own header', async () => {
      const attacker = generateKeyPairSync('ed25519');
      const jwk = await exportJWK(attacker.publicKey);
      const jwt = await new SignJWT(validPayload())
        .setProtectedHeader({ alg: 'EdDSA', typ: 'at+jwt', kid: service.keys.current.kid, jwk })
        .sign(attacker.privateKey);
      // EdDSA is this service's algorithm, so its own key checks the signature and refuses it.
      await expect(service.verify(jwt, now)).rejects.toMatchObject(
        alg === 'EdDSA' ? BAD_SIGNATURE : ALG_NOT_ALLOWED,
      );
    });

    it('refuses a refresh token presented as a JWT', async () => {
      await expect(service.verify(generateToken(), now)).rejects.toMatchObject(MALFORMED);
    });
  });
}

describe('asymmetric signing keys', () => {
  const keys = createKeySet({ alg: 'EdDSA', privateKeyPem: edPrivateKeyPem });
  const service = createJwtService({ keys });

  it('publishes only the public key, with its kid, in the JWKS', () => {
    const { keys: published } = keys.jwks();
    expect(published).toHaveLength(1);
    expect(published[0]).toMatchObject({
      kty: 'OKP',
      crv: 'Ed25519',
      kid: keys.current.kid,
      alg: 'EdDSA',
      use: 'sig',
    });
    expect(published[0]).not.toHaveProperty('d');
  });

  it('publishes nothing for HS256: a shared secret is never published', () => {
    expect(createKeySet({ alg: 'HS256', secret }).jwks()).toEqual({ keys: [] });
  });

  it('refuses HS256 signed with the public key (algorithm confusion)', async () => {
    const publicPem = createPublicKey(edPrivateKeyPem).export({ format: 'pem', type: 'spki' });
    const jwt = await new SignJWT(validPayload())
      .setProtectedHeader({ alg: 'HS256', typ: 'at+jwt', kid: keys.current.kid })
      .sign(new TextEncoder().encode(publicPem.toString()));
    await expect(service.verify(jwt, now)).rejects.toMatchObject(ALG_NOT_ALLOWED);
  });

  it('keeps verifying tokens of the previous key during a rotation, and signs with the new one', async () => {
    const oldJwt = (await service.sign(claims, now)).jwt;
    const oldPublicPem = createPublicKey(edPrivateKeyPem)
      .export({ format: 'pem', type: 'spki' })
      .toString();
    const rotated = createJwtService({
      keys: createKeySet({
        alg: 'EdDSA',
        privateKeyPem: generatePrivateKeyPem('EdDSA'),
        previousPublicKeysPem: oldPublicPem,
      }),
    });
    await expect(rotated.verify(oldJwt, now)).resolves.toMatchObject(claims);
    const newJwt = (await rotated.sign(claims, now)).jwt;
    expect(decodeProtectedHeader(newJwt).kid).not.toBe(keys.current.kid);
    expect(rotated.keys.jwks().keys.map((key) => key.kid)).toEqual([
      rotated.keys.current.kid,
      keys.current.kid,
    ]);

    const afterOverlap = createJwtService({
      keys: createKeySet({ alg: 'EdDSA', privateKeyPem: generatePrivateKeyPem('EdDSA') }),
    });
    await expect(afterOverlap.verify(oldJwt, now)).rejects.toMatchObject(UNKNOWN_KEY);
  });

  it('keeps verifying tokens of a previous HS256 secret during a rotation', async () => {
    const oldJwt = (await createJwtService({ secret }).sign(claims, now)).jwt;
    const rotated = createJwtService({
      keys: createKeySet({
        alg: 'HS256',
        secret: 'the-new-secret-of-at-least-32-characters',
        previousSecrets: [secret],
      }),
    });
    await expect(rotated.verify(oldJwt, now)).resolves.toMatchObject(claims);
  });

  it('keeps verifying tokens of the HS256 secret it moved from, and nothing else signed with HS256', async () => {
    const oldJwt = (await createJwtService({ secret }).sign(claims, now)).jwt;
    const moved = createJwtService({
      keys: createKeySet({
        alg: 'EdDSA',
        privateKeyPem: edPrivateKeyPem,
        previousSecrets: [secret],
      }),
    });
    await expect(moved.verify(oldJwt, now)).resolves.toMatchObject(claims);
    expect(decodeProtectedHeader((await moved.sign(claims, now)).jwt).alg).toBe('EdDSA');
    expect(moved.keys.jwks().keys).toHaveLength(1);
    const forged = await new SignJWT(validPayload())
      .setProtectedHeader({ alg: 'HS256', typ: 'at+jwt', kid: moved.keys.current.kid })
      .sign(new TextEncoder().encode(publicPemOf(edPrivateKeyPem)));
    await expect(moved.verify(forged, now)).rejects.toMatchObject(UNKNOWN_KEY);
  });

  it('refuses a private key of another algorithm with a clear message', () => {
    expect(() =>
      createKeySet({ alg: 'EdDSA', privateKeyPem: generatePrivateKeyPem('ES256') }),
    ).toThrow('the private key is for ES256, not EdDSA');
  });
});

describe('the memo of verified tokens', () => {
  // EdDSA, the default: a verification costs far more than the lookup that spares it.
  const service = createJwtService({
    keys: createKeySet({ alg: 'EdDSA', privateKeyPem: edPrivateKeyPem }),
  });

  it('checks the signature of a token once, however often it is presented', async () => {
    const { jwt } = await service.sign(claims, now);
    const signatureChecks = vi.spyOn(crypto.subtle, 'verify');
    try {
      for (let request = 0; request < 3; request++) {
        await expect(service.verify(jwt, now)).resolves.toMatchObject(claims);
      }
      expect(signatureChecks).toHaveBeenCalledTimes(1);
    } finally {
      signatureChecks.mockRestore();
    }
  });

  it('still refuses a token once it expires, after accepting it before', async () => {
    const { jwt, expiresAt } = await service.sign(claims, now);
    await expect(service.verify(jwt, now)).resolves.toMatchObject(claims);
    await expect(service.verify(jwt, new Date(expiresAt.getTime() - 1000))).resolves.toBeDefined();
    // Past the expiry and the allowed skew.
    await expect(service.verify(jwt, new Date(expiresAt.getTime() + 6000))).rejects.toMatchObject(
      EXPIRED,
    );
  });

  it('refuses a tampered copy of a token it has accepted', async () => {
    const { jwt } = await service.sign(claims, now);
    await service.verify(jwt, now);
    const [header, payload, signature = ''] = jwt.split('.');
    // A character inside the signature: all six of its bits are the signature's (the last
    // character's low bits are only padding, so changing them changes nothing).
    const flipped = `${signature.slice(0, 10)}${signature[10] === 'A' ? 'B' : 'A'}${signature.slice(11)}`;
    await expect(service.verify(`${header}.${payload}.${flipped}`, now)).rejects.toMatchObject(
      BAD_SIGNATURE,
    );
  });

  it('still honours nbf after accepting a token once it became valid', async () => {
    const jwt = await signWithServiceKey(service, validPayload({ nbf: nowSeconds + 60 }));
    await expect(service.verify(jwt, new Date((nowSeconds + 60) * 1000))).resolves.toBeDefined();
    await expect(service.verify(jwt, now)).rejects.toMatchObject(CLAIM_INVALID('nbf'));
  });
});
