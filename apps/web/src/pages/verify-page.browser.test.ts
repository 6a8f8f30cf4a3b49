import { randomBytes } from 'node:crypto';
import { insertVerificationToken, postJson } from '@dyocense/server/testing';
import type { Page } from 'playwright-core';
import { LINK_NONCE_STORAGE_KEY } from '../session/link-nonce';
import { describe, expect, it } from 'vitest';
import { saveScreenshot, signupFor, useWebApp, waitForNotice } from '../testing/browser-test';

describe('the verify page', () => {
  const app = useWebApp();

  /** A fresh link from the API, as the sign-up email would carry it. */
  async function newToken(email: string): Promise<string> {
    const signup = await postJson(`${app.url}/v1/auth/signup`, signupFor(email));
    return String(signup.body.token);
  }

  /** The address bar at the moment the page asks the server about the link. */
  function addressWhenChecking(page: Page): Promise<string> {
    return new Promise((resolve) => {
      void page.route('**/trpc/auth.inspectLink**', async (route) => {
        resolve(page.url());
        await route.continue();
      });
    });
  }

  /** A link from elsewhere (no nonce in this browser) waits for the person to continue. */
  async function continueSigningIn(page: Page): Promise<void> {
    await page.getByRole('button', { name: /^Continue as / }).click();
  }

  it('shows the expired screen, with the token already gone from the address bar', async () => {
    const { page } = app;
    const token = randomBytes(32).toString('base64url');
    await insertVerificationToken(app.database.db, token, new Date(Date.now() - 60_000));
    const address = addressWhenChecking(page);

    await page.goto(`/verify?token=${token}&next=/home`);
    await page.getByRole('heading', { name: 'This link has expired' }).waitFor();
    expect(await address).toBe(`${app.url}/verify`);
    expect(page.url()).toBe(`${app.url}/verify`);
    await saveScreenshot(page, 'verify-expired');

    await page.getByRole('link', { name: 'Send a new link' }).click();
    await waitForNotice(page, '/signin', 'we will send you a new link');
  });

  it('shows the already-used screen for a link used before', async () => {
    const { page } = app;
    const token = await newToken('used@example.com');
    expect((await postJson(`${app.url}/v1/auth/verify`, { token })).status).toBe(200);

    await page.goto(`/verify?token=${token}`);
    await page.getByRole('heading', { name: 'This link was already used' }).waitFor();
    await saveScreenshot(page, 'verify-used');
  });

  it('shows the not-valid screen for an unknown link, and for a link without a token, never verifying', async () => {
    const { page } = app;
    await page.goto('/verify?token=not-a-real-token');
    await page.getByRole('heading', { name: 'This link is not valid' }).waitFor();
    await saveScreenshot(page, 'verify-unknown');

    let verifyCalls = 0;
    await page.route('**/trpc/auth.verify**', (route) => {
      verifyCalls += 1;
      return route.continue();
    });
    await page.goto('/verify');
    await page.getByRole('heading', { name: 'This link is not valid' }).waitFor();
    expect(verifyCalls).toBe(0);
  });

  it('offers to try again when the server cannot be reached, keeping the token only in memory', async () => {
    const { page } = app;
    const token = await newToken('retry@example.com');
    await page.route('**/trpc/auth.inspectLink**', (route) => route.abort('connectionrefused'), {
      times: 1,
    });
    await page.goto(`/verify?token=${token}`);
    await page.getByRole('heading', { name: 'We could not check your link' }).waitFor();
    expect(page.url()).toBe(`${app.url}/verify`);

    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('button', { name: 'Continue as r•••@example.com' }).click();
    await page.waitForURL(`${app.url}/home`);
    await page.getByRole('heading', { level: 1, name: 'Test Shop' }).waitFor();
  });

  it.each([
    'https://evil.example/home',
    '//evil.example/home',
    '/\\evil.example',
    '/.//evil.example/home',
    '/%2F%2Fevil.example',
  ])('ignores the off-site next %s and goes home', async (next) => {
    const { page } = app;
    const token = await newToken(`next-${randomBytes(4).toString('hex')}@example.com`);
    await page.goto(`/verify?${new URLSearchParams({ token, next })}`);
    await continueSigningIn(page);
    await page.waitForURL(`${app.url}/home`);
    await page.getByRole('heading', { level: 1, name: 'Test Shop' }).waitFor();
  });

  it('follows a same-origin next', async () => {
    const { page } = app;
    const token = await newToken('same-origin@example.com');
    await page.goto(`/verify?${new URLSearchParams({ token, next: '/no-such-page?from=email' })}`);
    await continueSigningIn(page);
    await page.waitForURL(`${app.url}/no-such-page?from=email`);
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
  });

  it('asks to continue, without using the link, when this browser kept a different nonce', async () => {
    const { page } = app;
    const asked = await postJson(`${app.url}/v1/auth/signup`, {
      ...signupFor('other-nonce@example.com'),
      nonce: randomBytes(32).toString('base64url'),
    });
    const token = String(asked.body.token);
    await page.goto('/signin');
    await page.evaluate(([key, nonce]) => localStorage.setItem(key, nonce), [
      LINK_NONCE_STORAGE_KEY,
      randomBytes(32).toString('base64url'),
    ] as const);
    const refused = page.waitForResponse((response) => response.url().includes('auth.verify'));
    await page.goto(`/verify?token=${token}`);
    expect((await refused).status()).toBe(428);
    await page.getByRole('button', { name: 'Continue as o•••@example.com' }).waitFor();
    const inspected = await postJson(`${app.url}/v1/auth/links/inspect`, { token });
    expect(inspected.body.status).toBe('valid');

    await continueSigningIn(page);
    await page.waitForURL(`${app.url}/home`);
  });

  it('is served with Referrer-Policy: no-referrer', async () => {
    const response = await app.page.goto('/verify?token=abc');
    expect(response?.headers()['referrer-policy']).toBe('no-referrer');
  });
});
