import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SESSION_STORAGE_KEY, type Session } from '../session/session-store';
import { axeViolations } from '../testing/axe';
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

/**
 * From now on, records the text of every main heading the home page shows, as it changes (a
 * heading born on another page, as the app moves on, is not one).
 */
async function recordHomeHeadings(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    const born = new WeakMap<Element, string>();
    Object.assign(window, { homeHeadings: seen });
    new MutationObserver(() => {
      // "Loading…" (index.html's shell, a page's script on its way) names no business: not a
      // placeholder for the name.
      for (const heading of document.querySelectorAll('h1:not(.page-loading)')) {
        if (!born.has(heading)) born.set(heading, location.pathname);
        const text = heading.textContent ?? '';
        if (born.get(heading) === '/home' && seen.at(-1) !== text) seen.push(text);
      }
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { homeHeadings: string[] }).homeHeadings);
}

describe('the welcome page, the home page, and the 404 page', () => {
  const app = useWebApp();

  it('offers a newcomer both ways in, and sends a person with a session home', async () => {
    const phone = await app.openPage(PHONE);
    await phone.goto('/');
    await phone.getByRole('heading', { level: 1, name: 'Welcome to Dyocense' }).waitFor();
    expect(await contentWidth(phone)).toBeLessThanOrEqual(375);
    expect(await axeViolations(phone)).toEqual([]);
    await saveScreenshot(phone, 'welcome-375');

    const { page } = app;
    await page.goto('/');
    const signIn = page.getByRole('link', { name: 'Sign in', exact: true });
    expect(await signIn.getAttribute('href')).toBe('/signin');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByRole('button', { name: 'Create my account' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/signup');

    await signUpAndVerify(page, signupFor('welcome@example.com'));
    await page.goto('/');
    await page.waitForURL('**/home');
    await page.getByRole('heading', { level: 1, name: 'Test Shop' }).waitFor();
  });

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

  it('fits a 375 px wide phone, with its welcome shown once: not again after a reload', async () => {
    const page = await app.openPage(PHONE);
    await signUpAndVerify(page, signupFor('phone@example.com'));
    await page.locator('.task-title').first().waitFor();
    await page.getByRole('heading', { name: 'Welcome to Dyocense, Ada.' }).waitFor();
    expect(await contentWidth(page)).toBeLessThanOrEqual(375);
    await saveScreenshot(page, 'home-375');
    await page.reload();
    await page.locator('.task-title').first().waitFor();
    expect(await page.getByRole('heading', { name: /Welcome/ }).count()).toBe(0);
  });

  it('names the business from its heading’s first paint; welcomes, then offers a passkey', async () => {
    const { page } = app;
    const homeHeadings = await recordHomeHeadings(page);
    await signUpAndVerify(page, signupFor('first-visit@example.com'));
    const welcome = page.getByRole('region', { name: 'Welcome to Dyocense, Ada.' });
    await welcome.waitFor();
    expect(await welcome.innerText()).toContain('Here is a sample plan to start from.');
    await page.locator('.task-title').first().waitFor();
    // One card at a time: the passkey offer waits for the welcome.
    expect(await page.getByRole('heading', { name: /add a passkey/ }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(await homeHeadings()).toEqual(['Test Shop']);

    await welcome.getByRole('button', { name: 'Got it' }).click();
    await page.getByRole('heading', { name: /add a passkey/ }).waitFor();
    expect(await welcome.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Your plans');

    await page.reload();
    await page.getByRole('heading', { name: /add a passkey/ }).waitFor();
    expect(await welcome.count()).toBe(0);
    expect(await homeHeadings()).toEqual(['Test Shop']);
  });

  it('shows the 404 page, with a 404 status, at an unknown address', async () => {
    const { page } = app;
    const response = await page.goto('/no-such-page');
    expect(response?.status()).toBe(404);
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    await saveScreenshot(page, 'not-found');
  });
});
