import { createJwtService } from '@dyocense/api';
import { getJson, TEST_JWT_KEYS } from '@dyocense/server/testing';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signUpAndVerify, signupFor, storedJwt, useWebApp } from '../testing/browser-test';
import { REFRESH_PATH } from './refresh-request';
import { SESSION_STORAGE_KEY, type Session } from './session-store';

const HOUR = 3_600_000;

async function storedSession(page: Page): Promise<Session> {
  const text = await page.evaluate((key) => localStorage.getItem(key), SESSION_STORAGE_KEY);
  return JSON.parse(text ?? '') as Session;
}

async function storeSession(page: Page, session: Session): Promise<void> {
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
    SESSION_STORAGE_KEY,
    JSON.stringify(session),
  ] as const);
}

/** A JWT the server signed an hour ago, for this same session: expired, otherwise genuine. */
async function expiredJwtFor(session: Session): Promise<string> {
  const jwts = createJwtService({ keys: TEST_JWT_KEYS });
  const claims = {
    userId: session.user.id,
    tenantId: session.tenant_id,
    email: session.user.email,
    sessionId: session.session_id,
  };
  return (await jwts.sign(claims, new Date(Date.now() - 2 * HOUR))).jwt;
}

/** Every path the page shows, client-side navigations included. */
function pathsShown(page: Page): string[] {
  const paths: string[] = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) paths.push(new URL(frame.url()).pathname);
  });
  return paths;
}

function refreshAnswer(page: Page) {
  return page.waitForResponse((response) => response.url().endsWith(REFRESH_PATH));
}

describe('sessions in the browser', () => {
  const app = useWebApp();

  async function expectPlans(page: Page): Promise<void> {
    await page.getByRole('heading', { name: 'Sample Launch Plan' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/home');
  }

  it('keeps the refresh token in an HttpOnly cookie that scripts cannot read', async () => {
    const { page } = app;
    await signUpAndVerify(page, signupFor('cookie@example.com'));
    const [cookie, ...others] = await page.context().cookies();
    expect(others).toEqual([]);
    expect(cookie).toMatchObject({
      name: 'dyocense_refresh',
      path: REFRESH_PATH,
      httpOnly: true,
      sameSite: 'Strict',
    });
    expect(await page.evaluate(() => document.cookie)).not.toContain('dyocense_refresh');
    expect(JSON.stringify(await storedSession(page))).not.toContain(cookie?.value);
  });

  it('stays signed in across a JWT expiry: a reload renews the session through the cookie', async () => {
    const { page } = app;
    await signUpAndVerify(page, signupFor('expired-jwt@example.com'));
    const session = await storedSession(page);
    const expired = await expiredJwtFor(session);
    const anHourAgo = new Date(Date.now() - HOUR).toISOString();
    await storeSession(page, { ...session, jwt: expired, expires_at: anHourAgo });

    const paths = pathsShown(page);
    const refreshed = refreshAnswer(page);
    await page.reload();
    expect((await refreshed).status()).toBe(200);
    await expectPlans(page);
    expect(paths).not.toContain('/signin');
    const renewed = await storedJwt(page);
    expect(renewed).not.toBe(expired);
    const me = await getJson(`${app.url}/v1/auth/me`, { authorization: `Bearer ${renewed}` });
    expect(me.status).toBe(200);
  });

  it('renews the JWT a minute before it expires while the page stays open', async () => {
    const { page } = app;
    await page.clock.install();
    await signUpAndVerify(page, signupFor('open-page@example.com'));
    const first = await storedJwt(page);
    const paths = pathsShown(page);

    const refreshed = refreshAnswer(page);
    await page.clock.fastForward('59:01');
    expect((await refreshed).status()).toBe(200);
    await page.waitForFunction(([key, jwt]) => !localStorage.getItem(key)?.includes(jwt), [
      SESSION_STORAGE_KEY,
      first ?? '',
    ] as const);
    await page.reload();
    await expectPlans(page);
    expect(paths).not.toContain('/signin');
  });

  it('signs every tab out when one tab signs out', async () => {
    const { page } = app;
    await signUpAndVerify(page, signupFor('two-tabs@example.com'));
    const otherTab = await page.context().newPage();
    await otherTab.goto('/home');
    await expectPlans(otherTab);

    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await otherTab.waitForURL('**/signin');
    await otherTab.getByRole('heading', { name: 'Sign in to Dyocense' }).waitFor();
  });

  it('renews the session and repeats the call when the server refuses the JWT', async () => {
    const { page } = app;
    await signUpAndVerify(page, signupFor('refused-jwt@example.com'));
    const session = await storedSession(page);
    const inAnHour = new Date(Date.now() + HOUR).toISOString();
    await storeSession(page, {
      ...session,
      jwt: await expiredJwtFor(session),
      expires_at: inAnHour,
    });

    const refused = page.waitForResponse(
      (response) => response.url().includes('/trpc/') && response.status() === 401,
    );
    const refreshed = refreshAnswer(page);
    await page.reload();
    await refused;
    expect((await refreshed).status()).toBe(200);
    await expectPlans(page);
  });
});
