import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  contentWidth,
  PHONE,
  saveScreenshot,
  signUpAndVerify,
  signupFor,
  submitSigninForm,
  useWebApp,
  waitForNotice,
} from '../testing/browser-test';

describe('the sessions page', () => {
  const app = useWebApp();

  /** Signs `email` up in `first`, and in again in `second` (development follows the link). */
  async function signedInTwice(email: string, first: Page, second: Page): Promise<void> {
    await signUpAndVerify(first, signupFor(email));
    await submitSigninForm(second, email);
    await second.waitForURL('**/home');
  }

  function sessionRows(page: Page) {
    return page.getByRole('list', { name: 'Your sessions' }).getByRole('listitem');
  }

  it('lists the sessions, marks this device, and signs another device out', async () => {
    const here = app.page;
    const there = await app.openPage();
    await signedInTwice('two-devices@example.com', here, there);

    await here.getByRole('link', { name: 'Sessions' }).click();
    await here.getByRole('heading', { name: 'Sessions' }).waitFor();
    await expect.poll(() => sessionRows(here).count()).toBe(2);
    const current = sessionRows(here).filter({ hasText: 'This device' });
    expect(await current.count()).toBe(1);
    expect(await current.getByRole('button').count()).toBe(0);
    expect(await sessionRows(here).first().innerText()).toContain('This device');
    expect(await sessionRows(here).last().innerText()).toContain('Last used');
    await saveScreenshot(here, 'settings');

    const other = sessionRows(here).filter({ hasNotText: 'This device' });
    await other.getByRole('button', { name: /^Sign out / }).click();
    await expect.poll(() => sessionRows(here).count()).toBe(1);

    await there.reload();
    await waitForNotice(there, '/signin', 'Your session has ended');
  });

  it('signs out everywhere: this browser goes to sign-in, and the other on its next call', async () => {
    const here = app.page;
    const there = await app.openPage();
    await signedInTwice('everywhere@example.com', here, there);

    await here.goto('/settings');
    await here.getByRole('button', { name: 'Sign out everywhere' }).click();
    // It asks first: Cancel changes nothing.
    const confirm = here.getByRole('group', { name: 'Confirm signing out everywhere' });
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => sessionRows(here).count()).toBe(2);
    await here.getByRole('button', { name: 'Sign out everywhere' }).click();
    await here.getByRole('button', { name: 'Yes, sign out everywhere' }).click();
    await waitForNotice(here, '/signin', 'You have signed out on every device.');

    await there.getByRole('link', { name: 'Sessions' }).click();
    await waitForNotice(there, '/signin', 'Your session has ended');
  });

  it('sends a visitor without a session to sign in', async () => {
    await app.page.goto('/settings');
    await waitForNotice(app.page, '/signin', 'open the sign-in link from your email');
  });

  it('fits a 375 px wide phone', async () => {
    const page = await app.openPage(PHONE);
    const laptop = await app.openPage();
    await signedInTwice('phone-settings@example.com', page, laptop);
    await page.goto('/settings');
    await expect.poll(() => sessionRows(page).count()).toBe(2);
    expect(await contentWidth(page)).toBeLessThanOrEqual(375);
    await saveScreenshot(page, 'settings-375');
  });
});
