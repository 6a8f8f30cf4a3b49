import { createSoftAuthenticator } from '@dyocense/api/testing';
import { describeFor, DIALECTS } from '@dyocense/db/testing';
import { expect, it } from 'vitest';
import { postJson, startServerWithDatabase } from './testing/test-server';

/** The web app the passkeys belong to, on a subdomain of the RP ID. */
const WEB_APP = { origin: 'https://app.example.test', rpId: 'example.test' };

for (const dialect of DIALECTS) {
  describeFor(dialect)(`passkeys over HTTP (${dialect})`, () => {
    it('adds a passkey and signs a browser in with it, the refresh token in its cookie', async () => {
      const env = await startServerWithDatabase(dialect, {
        FRONTEND_URL: WEB_APP.origin,
        WEBAUTHN_RP_ID: WEB_APP.rpId,
      });
      try {
        const base = env.server.url;
        const { body: signup } = await postJson(`${base}/v1/auth/signup`, {
          email: 'passkey@example.com',
          name: 'Pat',
          business_name: 'Passkey Shop',
        });
        const { body: session } = await postJson(`${base}/v1/auth/verify`, {
          token: signup.token,
        });
        const authorization = { authorization: `Bearer ${String(session.jwt)}` };
        const authenticator = createSoftAuthenticator();

        const creation = await postJson(
          `${base}/v1/passkeys/registration-options`,
          {},
          authorization,
        );
        expect(creation.status).toBe(200);
        const { options } = creation.body as {
          options: Parameters<typeof authenticator.register>[0];
        };
        expect(options.rp).toEqual({ name: 'Dyocense', id: WEB_APP.rpId });
        const added = await postJson(
          `${base}/v1/passkeys`,
          { response: authenticator.register(options, WEB_APP), name: 'Laptop' },
          authorization,
        );
        expect(added).toMatchObject({ status: 200, body: { name: 'Laptop' } });

        const request = await postJson(`${base}/v1/auth/passkey/options`, {});
        const requestOptions = (
          request.body as {
            options: Parameters<typeof authenticator.authenticate>[0];
          }
        ).options;
        expect(requestOptions).toMatchObject({ rpId: WEB_APP.rpId, allowCredentials: [] });
        const response = authenticator.authenticate(requestOptions, WEB_APP);
        const signedIn = await postJson(`${base}/v1/auth/passkey`, {
          response,
          refresh_token_delivery: 'cookie',
        });
        expect(signedIn.status).toBe(200);
        expect(signedIn.body).toMatchObject({ user: { email: 'passkey@example.com' } });
        expect(signedIn.body).not.toHaveProperty('refresh_token');
        expect(signedIn.headers.get('set-cookie')).toMatch(
          /^dyocense_refresh=[\w-]{43};.*HttpOnly/,
        );

        const replayed = await postJson(`${base}/v1/auth/passkey`, { response });
        expect(replayed).toMatchObject({
          status: 401,
          body: { code: 'UNAUTHORIZED', data: { reason: 'PASSKEY_NOT_RECOGNIZED' } },
        });
      } finally {
        await env.destroy();
      }
    });
  });
}
