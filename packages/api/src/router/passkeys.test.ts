import { describeFor, DIALECTS } from '@dyocense/db/testing';
import { expect, it } from 'vitest';
import { ZodError } from 'zod';
import { createRateLimits, DEFAULT_RATE_LIMIT_RULES } from '../rate-limits';
import { eventNamesOf } from '../testing/auth-events';
import { createSoftAuthenticator, type SoftAuthenticator } from '../testing/soft-authenticator';
import { describeRefusal, trpcErrorOf, useTestApi, type TestApi } from '../testing/test-api';

const refusal = async (call: Promise<unknown>) => describeRefusal(await trpcErrorOf(call));
const MINUTE_MS = 60_000;
/** The web app of the test API (its default FRONTEND_URL), as a browser there reports it. */
const WEB_APP = { origin: 'http://localhost:8001', rpId: 'localhost' };
const NOT_RECOGNIZED = 'UNAUTHORIZED PASSKEY_NOT_RECOGNIZED';

type Account = Awaited<ReturnType<TestApi['createAccount']>>;

for (const dialect of DIALECTS) {
  describeFor(dialect)(`passkeys (${dialect})`, () => {
    let api: TestApi;
    useTestApi(dialect, (created) => (api = created));

    /** Registers the authenticator's passkey for the signed-in account, as the web app does. */
    async function addPasskey(jwt: string, authenticator: SoftAuthenticator, name?: string) {
      const { options } = await api.caller(jwt).passkeys.registrationOptions();
      const response = authenticator.register(options, WEB_APP);
      return api.caller(jwt).passkeys.register({ response, ...(name !== undefined && { name }) });
    }

    /** The authenticator's answer to fresh sign-in options, from `ceremony` (the web app's by default). */
    async function assertion(authenticator: SoftAuthenticator, ceremony = WEB_APP) {
      const { options } = await api.caller().auth.passkeyOptions();
      return authenticator.authenticate(options, ceremony);
    }

    async function signIn(authenticator: SoftAuthenticator, ceremony = WEB_APP) {
      const response = await assertion(authenticator, ceremony);
      return api.caller().auth.passkeySignin({ response });
    }

    async function passkeyRow(credentialId: string) {
      return api.database.db
        .selectFrom('passkeys')
        .selectAll()
        .where('credential_id', '=', credentialId)
        .executeTakeFirstOrThrow();
    }

    /** An account with one passkey, and that passkey's id. */
    async function accountWithPasskey(): Promise<{
      account: Account;
      authenticator: SoftAuthenticator;
      id: string;
    }> {
      const account = await api.createAccount();
      const authenticator = createSoftAuthenticator();
      const { id } = await addPasskey(account.jwt, authenticator);
      return { account, authenticator, id };
    }

    it('registers a passkey, lists it, and signs in with it: a working session, the counter and last use kept', async () => {
      const account = await api.createAccount();
      const authenticator = createSoftAuthenticator();
      const { options } = await api.caller(account.jwt).passkeys.registrationOptions();
      expect(options).toMatchObject({
        rp: { name: 'Dyocense', id: 'localhost' },
        user: { id: Buffer.from(account.user.id).toString('base64url'), name: account.user.email },
        attestation: 'none',
        excludeCredentials: [],
        authenticatorSelection: { residentKey: 'required', userVerification: 'preferred' },
      });
      const added = await api.caller(account.jwt).passkeys.register({
        response: authenticator.register(options, WEB_APP),
      });
      expect(added).toEqual({
        id: expect.stringMatching(/^pk_/),
        name: 'Passkey',
        created_at: api.clock.now().toISOString(),
        last_used_at: null,
        backed_up: false,
        device_type: 'singleDevice',
      });
      expect(await api.caller(account.jwt).passkeys.list()).toEqual({ items: [added], count: 1 });

      // The same person's next registration excludes it, and names them with the same handle.
      const again = await api.caller(account.jwt).passkeys.registrationOptions();
      expect(again.options.user.id).toBe(options.user.id);
      expect(again.options.excludeCredentials).toEqual([
        { id: authenticator.credentialId, type: 'public-key', transports: ['internal', 'hybrid'] },
      ]);

      api.clock.advance(30 * MINUTE_MS);
      const signedIn = await signIn(authenticator);
      expect(signedIn).toMatchObject({
        user: { id: account.user.id, email: account.user.email },
        tenant_id: account.tenant_id,
        workspace_id: account.workspace_id,
        refresh_token: expect.any(String),
      });
      expect(signedIn.session_id).not.toBe(account.session_id);
      const me = await api.caller(signedIn.jwt).auth.me();
      expect(me.user.id).toBe(account.user.id);
      const row = await passkeyRow(authenticator.credentialId);
      expect(row.counter).toBe(1);
      expect(row.last_used_at).toEqual(api.clock.now());

      await signIn(authenticator);
      expect((await passkeyRow(authenticator.credentialId)).counter).toBe(2);
      expect(await eventNamesOf(api.database.db, { tenantId: account.tenant_id })).toEqual(
        expect.arrayContaining(['passkey_added', 'passkey_signin']),
      );
    });

    it('hands a browser the refresh token as a cookie, as a link sign-in does', async () => {
      const { authenticator } = await accountWithPasskey();
      const response = await assertion(authenticator);
      const cookies: unknown[] = [];
      const browser = api.callerWith({ setRefreshCookie: (cookie) => cookies.push(cookie) });
      const signedIn = await browser.auth.passkeySignin({
        response,
        refresh_token_delivery: 'cookie',
      });
      expect(signedIn.refresh_token).toBeUndefined();
      expect(cookies).toEqual([{ token: expect.any(String), expiresAt: expect.any(Date) }]);
    });

    it('refuses a challenge that was already used, even with a fresh signature', async () => {
      const { authenticator } = await accountWithPasskey();
      const used = await assertion(authenticator);
      await api.caller().auth.passkeySignin({ response: used });
      const { challenge } = JSON.parse(
        Buffer.from(used.response.clientDataJSON, 'base64url').toString(),
      ) as { challenge: string };
      const replay = authenticator.authenticate({ challenge }, WEB_APP);
      expect(await refusal(api.caller().auth.passkeySignin({ response: replay }))).toBe(
        NOT_RECOGNIZED,
      );
      expect(await refusal(api.caller().auth.passkeySignin({ response: used }))).toBe(
        NOT_RECOGNIZED,
      );
    });

    it('refuses an answer made for another origin or another RP ID', async () => {
      const { authenticator } = await accountWithPasskey();
      const elsewhere = [
        { origin: 'https://evil.example', rpId: 'localhost' },
        { origin: WEB_APP.origin, rpId: 'evil.example' },
      ];
      for (const ceremony of elsewhere) {
        expect(await refusal(signIn(authenticator, ceremony))).toBe(NOT_RECOGNIZED);
      }
      expect((await passkeyRow(authenticator.credentialId)).last_used_at).toBeNull();
      expect(await eventNamesOf(api.database.db, {})).toEqual(
        expect.arrayContaining(['passkey_signin_failed:not_verified']),
      );
    });

    it('refuses an answer whose user handle names another person', async () => {
      const { authenticator } = await accountWithPasskey();
      const other = await api.createAccount();
      const signed = await assertion(authenticator);
      const response = {
        ...signed,
        response: {
          ...signed.response,
          userHandle: Buffer.from(other.user.id).toString('base64url'),
        },
      };
      expect(await refusal(api.caller().auth.passkeySignin({ response }))).toBe(NOT_RECOGNIZED);
    });

    it('refuses a passkey this service does not know', async () => {
      await accountWithPasskey();
      expect(await refusal(signIn(createSoftAuthenticator()))).toBe(NOT_RECOGNIZED);
      expect(await eventNamesOf(api.database.db, {})).toEqual(
        expect.arrayContaining(['passkey_signin_failed:unknown_credential']),
      );
    });

    it('refuses a challenge answered after its 5 minutes', async () => {
      const { authenticator } = await accountWithPasskey();
      const inTime = await assertion(authenticator);
      api.clock.advance(5 * MINUTE_MS - 1000);
      await api.caller().auth.passkeySignin({ response: inTime });
      const late = await assertion(authenticator);
      api.clock.advance(5 * MINUTE_MS);
      expect(await refusal(api.caller().auth.passkeySignin({ response: late }))).toBe(
        NOT_RECOGNIZED,
      );
    });

    it('asks for a recent sign-in to add or remove a passkey, which a refresh does not give and a passkey sign-in does', async () => {
      const { account, authenticator, id } = await accountWithPasskey();
      const options = await api.caller(account.jwt).passkeys.registrationOptions();
      api.clock.advance(10 * MINUTE_MS + 1000);
      const { jwt } = await api.caller().auth.refresh({ refresh_token: account.refresh_token });
      const stale = api.caller(jwt);
      const another = createSoftAuthenticator();
      const fresh = 'FORBIDDEN FRESH_SIGNIN_REQUIRED';
      expect(await refusal(stale.passkeys.registrationOptions())).toBe(fresh);
      expect(
        await refusal(
          stale.passkeys.register({ response: another.register(options.options, WEB_APP) }),
        ),
      ).toBe(fresh);
      expect(await refusal(stale.passkeys.remove({ id }))).toBe(fresh);
      // Renaming changes no way in: a stale session may.
      expect((await stale.passkeys.rename({ id, name: 'Laptop' })).name).toBe('Laptop');
      expect((await stale.passkeys.list()).count).toBe(1);

      const again = await signIn(authenticator);
      const second = await addPasskey(again.jwt, another, 'Phone');
      expect(second.name).toBe('Phone');
      await api.caller(again.jwt).passkeys.remove({ id });
      expect((await api.caller(again.jwt).passkeys.list()).items.map((item) => item.name)).toEqual([
        'Phone',
      ]);
    });

    it('renames a passkey, with a name that must be text of 1 to 60 characters', async () => {
      const { account, id } = await accountWithPasskey();
      const renamed = await api.caller(account.jwt).passkeys.rename({ id, name: '  Work laptop ' });
      expect(renamed.name).toBe('Work laptop');
      expect((await api.caller(account.jwt).passkeys.list()).items[0]?.name).toBe('Work laptop');
      for (const name of ['', 'x'.repeat(61), 'tab\u0000name']) {
        expect(await refusal(api.caller(account.jwt).passkeys.rename({ id, name }))).toBe(
          'BAD_REQUEST',
        );
      }
      expect(await eventNamesOf(api.database.db, { tenantId: account.tenant_id })).toEqual(
        expect.arrayContaining(['passkey_renamed']),
      );
    });

    it('names passkeys "Passkey", "Passkey 2"… unless given a name', async () => {
      const account = await api.createAccount();
      await addPasskey(account.jwt, createSoftAuthenticator());
      api.clock.advance(1000);
      await addPasskey(account.jwt, createSoftAuthenticator({ backedUp: true }));
      const { items } = await api.caller(account.jwt).passkeys.list();
      expect(
        items.map(({ name, backed_up, device_type }) => [name, backed_up, device_type]),
      ).toEqual([
        ['Passkey', false, 'singleDevice'],
        ['Passkey 2', true, 'multiDevice'],
      ]);
    });

    it('removes a passkey: it no longer signs in', async () => {
      const { account, authenticator, id } = await accountWithPasskey();
      expect(await api.caller(account.jwt).passkeys.remove({ id })).toEqual({ ok: true });
      expect((await api.caller(account.jwt).passkeys.list()).count).toBe(0);
      expect(await refusal(signIn(authenticator))).toBe(NOT_RECOGNIZED);
      expect(await refusal(api.caller(account.jwt).passkeys.remove({ id }))).toBe(
        'NOT_FOUND PASSKEY_NOT_FOUND',
      );
      expect(await eventNamesOf(api.database.db, { tenantId: account.tenant_id })).toEqual(
        expect.arrayContaining(['passkey_removed']),
      );
    });

    it('answers another person’s passkey id as a missing one, changing nothing', async () => {
      const owner = await accountWithPasskey();
      const other = await api.createAccount();
      const before = await passkeyRow(owner.authenticator.credentialId);
      const notFound = 'NOT_FOUND PASSKEY_NOT_FOUND';
      const id = owner.id;
      expect(await refusal(api.caller(other.jwt).passkeys.rename({ id, name: 'Mine' }))).toBe(
        notFound,
      );
      expect(await refusal(api.caller(other.jwt).passkeys.remove({ id }))).toBe(notFound);
      const missing = `${id.slice(0, -1)}${id.endsWith('a') ? 'b' : 'a'}`;
      expect(await refusal(api.caller(other.jwt).passkeys.remove({ id: missing }))).toBe(notFound);
      expect(await api.caller(other.jwt).passkeys.list()).toEqual({ items: [], count: 0 });
      expect(await passkeyRow(owner.authenticator.credentialId)).toEqual(before);
    });

    it('refuses a registration answering another session’s challenge, another origin, or a passkey added already', async () => {
      const { account, authenticator } = await accountWithPasskey();
      const other = await api.createAccount();
      const rejected = 'BAD_REQUEST PASSKEY_REJECTED';
      const theirs = await api.caller(other.jwt).passkeys.registrationOptions();
      const stolen = createSoftAuthenticator().register(theirs.options, WEB_APP);
      expect(await refusal(api.caller(account.jwt).passkeys.register({ response: stolen }))).toBe(
        rejected,
      );
      const ours = await api.caller(account.jwt).passkeys.registrationOptions();
      const elsewhere = createSoftAuthenticator().register(ours.options, {
        origin: 'https://evil.example',
        rpId: 'localhost',
      });
      expect(
        await refusal(api.caller(account.jwt).passkeys.register({ response: elsewhere })),
      ).toBe(rejected);
      const twice = await api.caller(account.jwt).passkeys.registrationOptions();
      const duplicate = authenticator.register(twice.options, WEB_APP);
      expect(
        await refusal(api.caller(account.jwt).passkeys.register({ response: duplicate })),
      ).toBe(rejected);
      expect((await api.caller(account.jwt).passkeys.list()).count).toBe(1);
      expect((await api.caller(other.jwt).passkeys.list()).count).toBe(0);
    });

    it('refuses junk where a WebAuthn answer belongs with a 400 naming the field', async () => {
      const { account, authenticator } = await accountWithPasskey();
      const response = {
        id: 'not base64url!',
        rawId: 'x',
        type: 'public-key',
        clientExtensionResults: {},
        response: { clientDataJSON: 'e30', authenticatorData: 'AA', signature: 'AA' },
      } as never;
      const error = await trpcErrorOf(api.caller().auth.passkeySignin({ response }));
      expect(error.code).toBe('BAD_REQUEST');
      expect(error.cause).toBeInstanceOf(ZodError);
      expect((error.cause as ZodError).issues.map((issue) => issue.path.join('.'))).toEqual([
        'response.id',
      ]);
      // Well-formed but meaningless bytes for a known passkey: one refusal, never a fault.
      const valid = await assertion(authenticator);
      const garbage = { ...valid, response: { ...valid.response, authenticatorData: 'AA' } };
      expect(await refusal(api.caller().auth.passkeySignin({ response: garbage }))).toBe(
        NOT_RECOGNIZED,
      );
      const registration = {
        id: 'AAAA',
        rawId: 'AAAA',
        type: 'public-key',
        clientExtensionResults: {},
        response: { clientDataJSON: 'e30', attestationObject: 'oA' },
      } as const;
      expect(
        await refusal(api.caller(account.jwt).passkeys.register({ response: registration })),
      ).toBe('BAD_REQUEST PASSKEY_REJECTED');
    });

    it('limits failed passkey sign-ins per client address', async () => {
      const rateLimits = createRateLimits(
        { kind: 'memory' },
        {
          ...DEFAULT_RATE_LIMIT_RULES,
          passkeyFailuresPerIp: { points: 2, durationSeconds: 600 },
        },
      );
      const { authenticator } = await accountWithPasskey();
      const client = api.callerWith({ rateLimits, clientIp: '198.51.100.7' });
      const unknown = createSoftAuthenticator();
      for (let attempt = 0; attempt < 2; attempt += 1) {
        const { options } = await client.auth.passkeyOptions();
        const response = unknown.authenticate(options, WEB_APP);
        expect(await refusal(client.auth.passkeySignin({ response }))).toBe(NOT_RECOGNIZED);
      }
      const { options } = await client.auth.passkeyOptions();
      const response = authenticator.authenticate(options, WEB_APP);
      expect(await refusal(client.auth.passkeySignin({ response }))).toBe(
        'TOO_MANY_REQUESTS RATE_LIMITED',
      );
      const elsewhere = api.callerWith({ rateLimits, clientIp: '203.0.113.9' });
      expect((await elsewhere.auth.passkeySignin({ response })).jwt).toEqual(expect.any(String));
    });

    it('still signs in by email link a person who uses passkeys', async () => {
      const { account } = await accountWithPasskey();
      const link = await api.caller().auth.signin({ email: account.user.email });
      const signedIn = await api.caller().auth.verify({ token: link.token ?? '' });
      expect(signedIn.user.id).toBe(account.user.id);
      expect((await api.caller(signedIn.jwt).passkeys.list()).count).toBe(1);
    });
  });
}
