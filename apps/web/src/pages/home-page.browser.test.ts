import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SESSION_STORAGE_KEY, type Session } from '../session/session-store';
import {
  contentWidth,
  PHONE,
  saveScreenshot,
  signUpAndVerify,
  signupFor,
  useWebApp,
  waitForNotice,
} from '../testing/browser-test';

const HOUR = 3_600_000;

function storedSession(jwt: string, expiresAt: Date, sessionEndsAt: Date): Session {
  return {
    jwt,
    expires_at: expiresAt.toISOString(),
    tenant_id: 'test-shop-abc123',
    workspace_id: 'proj-1',
    session_id: 'sess-1',
    refresh_expires_at: sessionEndsAt.toISOString(),
    user: { id: 'user-1', email: 'ada@example.com', name: 'Ada', tenant_id: 'test-shop-abc123' },
  };
}

async function storeSession(page: Page, session: Session): Promise<void> {
  // Once the page's own calls are done: a call reads the store, and would clear an ended session.
  await page.goto('/signin', { waitUntil: 'networkidle' });
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
    SESSION_STORAGE_KEY,
    JSON.stringify(session),
  ] as const);
}

describe('the home page, and the 404 page', () => {
  const app = useWebApp();

  it('sends a visitor without a session to sign in', async () => {
    const { page } = app;
    await page.goto('/home');
    await waitForNotice(page, '/signin', 'open the sign-in link from your email');
  });

  it('returns to sign-in when the stored session has ended', async () => {
    const { page } = app;
    const ended = new Date(Date.now() - HOUR);
    await storeSession(page, storedSession('a.b.c', ended, ended));
    await page.goto('/home');
    await waitForNotice(page, '/signin', 'Your session has ended');
  });

  it('returns to sign-in when the server refuses the session and it cannot be renewed', async () => {
    const { page } = app;
    const soon = new Date(Date.now() + HOUR);
    await storeSession(page, storedSession('not-a-jwt', soon, soon));
    // The session's own calls, not a late answer to the page before (its providers).
    const refused = page.waitForResponse((response) =>
      /\/trpc\/[^?]*auth\.me/.test(response.url()),
    );
    const refresh = page.waitForResponse((response) => response.url().includes('/auth/refresh'));
    await page.goto('/home');
    expect((await refused).status()).toBe(401);
    expect((await refresh).status()).toBe(401);
    await waitForNotice(page, '/signin', 'Your session has ended');
    expect(await page.evaluate((key) => localStorage.getItem(key), SESSION_STORAGE_KEY)).toBeNull();
  });

  it('fits a 375 px wide phone', async () => {
    const page = await app.openPage(PHONE);
    await signUpAndVerify(page, signupFor('phone@example.com'));
    await page.locator('.task-title').first().waitFor();
    expect(await contentWidth(page)).toBeLessThanOrEqual(375);
    await saveScreenshot(page, 'home-375');
  });

  it('shows the 404 page, with a 404 status, at an unknown address', async () => {
    const { page } = app;
    const response = await page.goto('/no-such-page');
    expect(response?.status()).toBe(404);
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    await saveScreenshot(page, 'not-found');
  });
});
