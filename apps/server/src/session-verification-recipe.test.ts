import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describeFor, DIALECTS } from '@dyocense/db/testing';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { jwtFor } from './testing/test-fixtures';
import { TEST_JWT_KEYS } from './testing/test-keys';
import { postJson, startServerWithDatabase } from './testing/test-server';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SECURITY_DOC = `${ROOT}docs/security.md`;
const HEADING = '### Verifying a session in another service';
/** The address the recipe is written for; the test points it at its own server. */
const DOC_URL = 'http://localhost:8001';

/** The TypeScript block of the recipe's section, exactly as docs/security.md shows it. */
function recipeFromDocs(): string {
  const markdown = readFileSync(SECURITY_DOC, 'utf8');
  const start = markdown.indexOf(`\n${HEADING}\n`);
  if (start < 0) throw new Error(`docs/security.md has no "${HEADING}" section`);
  const section = markdown.slice(start + HEADING.length + 2).split(/\n#{1,3} /)[0] ?? '';
  const blocks = [...section.matchAll(/```ts\n([\s\S]*?)```/g)];
  if (blocks.length !== 1) throw new Error(`"${HEADING}" should hold one ts block`);
  return blocks[0]?.[1] ?? '';
}

/** Appended to the recipe: runs its `verifySession` on each JWT and prints what each gave. */
const DRIVER = `
const outcomes = [];
for (const jwt of JSON.parse(process.env.JWTS)) {
  outcomes.push(
    await verifySession(jwt).then(
      (session) => ({ session }),
      (error) => ({ refused: error.code, claim: error.claim }),
    ),
  );
}
console.log(JSON.stringify(outcomes));
`;

/**
 * The recipe in a Node process of its own, as another service would run it (TypeScript through
 * Node's type stripping, jose from the workspace), against `base`.
 */
async function runRecipe(base: string, jwts: string[]): Promise<unknown[]> {
  const recipe = recipeFromDocs();
  expect(recipe.split(DOC_URL)).toHaveLength(2);
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--input-type=module-typescript', '--eval', recipe.replace(DOC_URL, base) + DRIVER],
    { cwd: ROOT, env: { PATH: process.env.PATH ?? '', JWTS: JSON.stringify(jwts) } },
  );
  return JSON.parse(stdout) as unknown[];
}

/** `jwt` with one claim changed and the signature kept. */
function tampered(jwt: string, claims: Record<string, unknown>): string {
  const [header, payload, signature] = jwt.split('.');
  const changed = { ...JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()), ...claims };
  return [header, Buffer.from(JSON.stringify(changed)).toString('base64url'), signature].join('.');
}

for (const dialect of DIALECTS) {
  describeFor(dialect)(`the session verification recipe of docs/security.md (${dialect})`, () => {
    let env: Awaited<ReturnType<typeof startServerWithDatabase>>;
    beforeAll(async () => {
      // The default algorithm: nothing about signing is configured but the key.
      env = await startServerWithDatabase(dialect);
    });
    afterAll(() => env.destroy());

    it('verifies a session JWT with the published keys, and refuses a forged or misdirected one', async () => {
      const base = env.server.url;
      const { body: signup } = await postJson(`${base}/v1/auth/signup`, {
        email: 'recipe@example.com',
        name: 'Rae',
        business_name: 'Recipe Shop',
      });
      const { status, body: session } = await postJson(`${base}/v1/auth/verify`, {
        token: signup.token,
      });
      expect(status).toBe(200);
      const jwt = String(session.jwt);
      const claims = { sub: (session.user as { id: string }).id, sid: session.session_id };
      const { current } = TEST_JWT_KEYS;
      // HS256 keyed with the published public key: the algorithm confusion the pin prevents.
      const confused = await new SignJWT(claims)
        .setProtectedHeader({ alg: 'HS256', typ: 'at+jwt', kid: current.kid })
        .setIssuer('dyocense-accounts')
        .setAudience('dyocense')
        .setExpirationTime('5m')
        .sign(new TextEncoder().encode(JSON.stringify(current.publicJwk)));

      const outcomes = await runRecipe(base, [
        jwt,
        tampered(jwt, { tenant_id: 'someone-else-abc123' }),
        await jwtFor(claims, { audience: 'another-service' }),
        confused,
      ]);

      expect(outcomes).toEqual([
        {
          session: {
            userId: claims.sub,
            tenantId: session.tenant_id,
            sessionId: session.session_id,
          },
        },
        { refused: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' },
        { refused: 'ERR_JWT_CLAIM_VALIDATION_FAILED', claim: 'aud' },
        { refused: 'ERR_JOSE_ALG_NOT_ALLOWED' },
      ]);
    });
  });
}
