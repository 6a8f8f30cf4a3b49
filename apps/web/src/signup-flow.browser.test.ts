import { getJson } from '@dyocense/server/testing';
import { describe, expect, it } from 'vitest';
import { SESSION_STORAGE_KEY } from './session/session-store';
import {
  saveScreenshot,
  signUpAndVerify,
  signupFor,
  storedJwt,
  submitSignupForm,
  useWebApp,
  waitForNotice,
} from './testing/browser-test';

describe('signing up in the browser', () => {
  const app = useWebApp();

  it('signs up, verifies by POST, and shows the business, its workspace and the sample plan, without a console error', async () => {
    const { page } = app;
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    const verifyRequest = page.waitForRequest((request) => request.url().includes('auth.verify'));
    await submitSignupForm(page, signupFor('flow@example.com'));
    expect((await verifyRequest).method()).toBe('POST');

    await page.waitForURL('**/home');
    await page.getByRole('heading', { level: 1, name: 'Test Shop' }).waitFor();
    await page.getByRole('heading', { name: 'Sample Launch Plan' }).waitFor();
    await page.getByText('Workspace: Main workspace').waitFor();

    const jwt = await storedJwt(page);
    const plans = await getJson(`${app.url}/v1/tenants/me/plans`, {
      authorization: `Bearer ${jwt}`,
    });
    const [plan] = plans.body.items as { tasks: { title: string }[] }[];
    const shownTasks = await page.locator('.task-title').allTextContents();
    expect(shownTasks).toEqual(plan?.tasks.map((task) => task.title));
    expect(shownTasks.length).toBeGreaterThanOrEqual(3);
    expect(await page.title()).toBe('Test Shop · Dyocense');
    await saveScreenshot(page, 'home');
    expect(problems).toEqual([]);
  });

  it('stays signed in when the home page is reloaded', async () => {
    const { page } = app;
    await signUpAndVerify(page, signupFor('reload@example.com'));
    await page.reload();
    await page.getByRole('heading', { name: 'Sample Launch Plan' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/home');
  });

  it('signs out on the server back to the sign-in page; the old JWT is refused and home needs a new sign-in', async () => {
    const { page } = app;
    await signUpAndVerify(page, signupFor('signout@example.com'));
    const jwt = await storedJwt(page);
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await waitForNotice(page, '/signin', 'You have signed out.');
    expect(await page.evaluate((key) => localStorage.getItem(key), SESSION_STORAGE_KEY)).toBeNull();
    const me = await getJson(`${app.url}/v1/auth/me`, { authorization: `Bearer ${jwt}` });
    expect(me.status).toBe(401);
    expect(await page.context().cookies()).toEqual([]);

    await page.goto('/home');
    await page.waitForURL('**/signin');
    await page.getByRole('heading', { name: 'Sign in to Dyocense' }).waitFor();
  });
});
