import { postJson } from '@dyocense/server/testing';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LINK_NONCE_STORAGE_KEY } from './session/link-nonce';
import {
  saveScreenshot,
  signupFor,
  submitSigninForm,
  submitSignupForm,
  useWebApp,
} from './testing/browser-test';
import { mailsTo, tokenIn, verifyPathIn } from './testing/mailed-links';

describe('emailed links in production mode', () => {
  const app = useWebApp({ NODE_ENV: 'production' }, { mail: true });

  async function linkStatus(token: string): Promise<unknown> {
    return (await postJson(`${app.url}/v1/auth/links/inspect`, { token })).body.status;
  }

  async function expectHome(page: Page, businessName = 'Test Shop'): Promise<void> {
    await page.waitForURL(`${app.url}/home`);
    await page.getByRole('heading', { level: 1, name: businessName }).waitFor();
  }

  it('signs up, emails the link, and the link signs in at once in the same browser', async () => {
    const { page } = app;
    await submitSignupForm(page, signupFor('mailed@example.com'));
    await page.getByRole('heading', { name: 'Check your email' }).waitFor();
    const [mail] = await mailsTo(app.smtp, 'mailed@example.com');
    expect(mail?.subject).toBe('Finish setting up Test Shop on Dyocense');
    expect(verifyPathIn(mail!)).toMatch(/^\/verify\?token=[\w-]+&next=\/home$/);

    await page.goto(verifyPathIn(mail!));
    await expectHome(page);
    await page.getByRole('heading', { name: 'Sample Launch Plan' }).waitFor();
    expect(await page.evaluate((key) => localStorage.getItem(key), LINK_NONCE_STORAGE_KEY)).toBe(
      null,
    );
  });

  it('asks a browser that did not ask for the link (a mail scanner) to continue, without using the link', async () => {
    const person = app.page;
    await submitSignupForm(person, signupFor('scanned@example.com'));
    await person.getByRole('heading', { name: 'Check your email' }).waitFor();
    const [mail] = await mailsTo(app.smtp, 'scanned@example.com');

    const scanner = await app.openPage();
    let verifyCalls = 0;
    scanner.on('request', (request) => {
      if (request.url().includes('auth.verify')) verifyCalls += 1;
    });
    await scanner.goto(verifyPathIn(mail!));
    await scanner.getByRole('button', { name: 'Continue as s•••@example.com' }).waitFor();
    await saveScreenshot(scanner, 'verify-continue');
    expect(verifyCalls).toBe(0);
    expect(await linkStatus(tokenIn(mail!))).toBe('valid');
    const stored = await app.database.db
      .selectFrom('verification_tokens')
      .select('used_at')
      .where('email', '=', 'scanned@example.com')
      .executeTakeFirstOrThrow();
    expect(stored.used_at).toBeNull();

    await person.goto(verifyPathIn(mail!));
    await expectHome(person);
    expect(await linkStatus(tokenIn(mail!))).toBe('used');
  });

  it('signs in a person from another browser once they press Continue', async () => {
    await submitSignupForm(app.page, signupFor('elsewhere@example.com'));
    const [mail] = await mailsTo(app.smtp, 'elsewhere@example.com');
    const otherBrowser = await app.openPage();
    await otherBrowser.goto(verifyPathIn(mail!));
    await otherBrowser.getByRole('button', { name: /^Continue as/ }).click();
    await otherBrowser.waitForURL(`${app.url}/home`);
  });

  it('signs in an existing account from the sign-in page, and answers the same for an unknown address', async () => {
    const { page } = app;
    await submitSignupForm(page, signupFor('returning@example.com'));
    const [signupMail] = await mailsTo(app.smtp, 'returning@example.com');
    await page.goto(verifyPathIn(signupMail!));
    await expectHome(page);
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.waitForURL('**/signin');

    await page.goto('/signin');
    await saveScreenshot(page, 'signin');
    await submitSigninForm(page, 'returning@example.com');
    await page.getByRole('heading', { name: 'Check your email' }).waitFor();
    const known = await page.locator('main').innerText();
    await saveScreenshot(page, 'signin-check-email');
    const [, signinMail] = await mailsTo(app.smtp, 'returning@example.com', 2);
    await page.goto(verifyPathIn(signinMail!));
    await expectHome(page);

    const stranger = await app.openPage();
    await submitSigninForm(stranger, 'stranger@example.com');
    await stranger.getByRole('heading', { name: 'Check your email' }).waitFor();
    const unknown = await stranger.locator('main').innerText();
    expect(unknown).toBe(known.replaceAll('returning@example.com', 'stranger@example.com'));
  });

  it('sends a fresh link on request; the older link then says a newer one was sent', async () => {
    const { page } = app;
    await page.clock.install();
    await submitSignupForm(page, signupFor('resend@example.com'));
    await page.getByRole('heading', { name: 'Check your email' }).waitFor();
    const [first] = await mailsTo(app.smtp, 'resend@example.com');
    const resend = page.waitForRequest((request) => request.url().includes('auth.resend'));
    // Past the rest "Send the link again" takes after each email.
    await page.clock.fastForward('00:31');
    await page.getByRole('button', { name: 'Send the link again' }).click();
    await resend;
    await page.getByRole('status').filter({ hasText: 'We sent a new link' }).waitFor();
    const [, second] = await mailsTo(app.smtp, 'resend@example.com', 2);
    expect(tokenIn(second!)).not.toBe(tokenIn(first!));

    await page.goto(verifyPathIn(first!));
    await page.getByRole('heading', { name: 'A newer link was sent' }).waitFor();
    await saveScreenshot(page, 'verify-superseded');
    await page.goto(verifyPathIn(second!));
    await expectHome(page);
  });
});
