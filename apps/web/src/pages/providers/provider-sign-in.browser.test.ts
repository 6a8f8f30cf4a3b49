import {
  freePort,
  startMockOidcProvider,
  type MockOidcProvider,
} from '@dyocense/server/testing/oauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PHONE,
  saveScreenshot,
  signUpAndVerify,
  signupFor,
  storedJwt,
  useWebApp,
} from '../../testing/browser-test';

describe('signing in with a provider in the browser', () => {
  let idp: MockOidcProvider;
  // Filled in before the web app's server starts: it must know its port for the redirect URI.
  const env: Record<string, string> = {};
  beforeAll(async () => {
    idp = await startMockOidcProvider();
    const port = String(await freePort());
    Object.assign(env, {
      PORT: port,
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      OAUTH_ACME_CLIENT_ID: 'dyocense-web',
      OAUTH_ACME_CLIENT_SECRET: 'acme-secret',
      OAUTH_ACME_ISSUER: idp.issuer,
      OAUTH_ACME_NAME: 'Acme ID',
    });
  });
  afterAll(async () => {
    await idp?.stop();
  });
  const app = useWebApp(env);

  it('signs up with "Continue with Acme ID", asks the business name, and lands on /home', async () => {
    idp.signInAs({ sub: 'acme-lin', email: 'lin@example.com', email_verified: true, name: 'Lin' });
    const page = await app.openPage(PHONE);
    await page.goto('/signup');
    await page.getByRole('link', { name: 'Continue with Acme ID' }).click();

    await page.waitForURL('**/signup/business');
    await page.getByRole('heading', { name: 'Name your business' }).waitFor();
    await saveScreenshot(page, 'provider-business-name-375');
    await page.getByRole('button', { name: 'Create my account' }).click();
    await page.getByRole('alert').or(page.locator('.field-error')).first().waitFor();
    await page.getByLabel('Business name').fill('Lin Studio');
    await page.getByRole('button', { name: 'Create my account' }).click();

    await page.waitForURL(`${app.url}/home`);
    await page.getByRole('heading', { level: 1, name: 'Lin Studio' }).waitFor();
    await page.getByText('Workspace: Main workspace').waitFor();
    expect(page.url()).not.toMatch(/code=|state=|token=/);
    expect(await storedJwt(page)).toBeTruthy();
  });

  it('signs a returning person straight in from the sign-in page', async () => {
    idp.signInAs({ sub: 'acme-max', email: 'max@example.com', email_verified: true });
    const first = await app.openPage();
    await first.goto('/signin');
    await first.getByRole('link', { name: 'Continue with Acme ID' }).click();
    await first.getByLabel('Business name').fill('Max Repairs');
    await first.getByRole('button', { name: 'Create my account' }).click();
    await first.waitForURL('**/home');

    const { page } = app;
    await page.goto('/signin');
    await saveScreenshot(page, 'signin-with-provider');
    await page.getByRole('link', { name: 'Continue with Acme ID' }).click();
    await page.waitForURL(`${app.url}/home`);
    await page.getByRole('heading', { level: 1, name: 'Max Repairs' }).waitFor();
  });

  it('refuses an email that has an account, until its owner connects the provider in Settings', async () => {
    const { page } = app;
    await signUpAndVerify(page, signupFor('taken@example.com'));
    idp.signInAs({ sub: 'acme-taken', email: 'taken@example.com', email_verified: true });
    const other = await app.openPage();
    await other.goto('/signin');
    await other.getByRole('link', { name: 'Continue with Acme ID' }).click();

    await other.waitForURL('**/signin/problem?reason=OAUTH_ACCOUNT_EXISTS&provider=acme');
    await other.getByRole('heading', { name: 'You already have an account' }).waitFor();
    await other.getByText('Acme ID is never linked by email alone').waitFor();
    await saveScreenshot(other, 'provider-problem-account-exists');
    expect(await storedJwt(other)).toBeUndefined();

    // Signed in by the emailed link, the owner connects Acme ID; then it signs them in.
    await page.goto('/settings');
    await page.getByRole('button', { name: 'Connect Acme ID' }).click();
    await page.waitForURL(`${app.url}/settings`);
    await page.getByText('Connected').waitFor();
    await saveScreenshot(page, 'settings-connected-provider');

    await other.goto('/signin');
    await other.getByRole('link', { name: 'Continue with Acme ID' }).click();
    await other.waitForURL(`${app.url}/home`);
    await other.getByRole('heading', { level: 1, name: 'Test Shop' }).waitFor();
  });

  it('shows a clear page when the person cancels at the provider', async () => {
    idp.refuseNextAuthorization('access_denied');
    const { page } = app;
    await page.goto('/signup');
    await page.getByRole('link', { name: 'Continue with Acme ID' }).click();
    await page.getByRole('heading', { name: 'Sign-in was cancelled' }).waitFor();
    await page.getByRole('link', { name: 'Try Acme ID again' }).waitFor();
    // The reason code in the address is for the app, not for the person.
    expect(new URL(page.url()).searchParams.get('reason')).toBe('OAUTH_DENIED');
    expect(await page.locator('main').innerText()).not.toMatch(/OAUTH_|Reason/);
  });
});
