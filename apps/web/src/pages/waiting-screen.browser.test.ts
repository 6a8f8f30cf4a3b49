import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PENDING_LINK_STORAGE_KEY } from '../session/pending-link';
import { axeViolations } from '../testing/axe';
import {
  contentWidth,
  fieldError,
  PHONE,
  saveScreenshot,
  signupFor,
  submitSigninForm,
  submitSignupForm,
  useWebApp,
  waitForNotice,
} from '../testing/browser-test';
import { codeIn, mailsTo, signUpThroughEmail, verifyPathIn } from '../testing/mailed-links';

const CODE_FIELD = 'Code from the email';

describe('the "Check your email" screen', () => {
  // Two emails per address an hour, so a third is refused; every test uses addresses of its own.
  const app = useWebApp(
    {
      NODE_ENV: 'production',
      RATE_LIMIT_EMAILS_PER_ADDRESS: '2',
      RATE_LIMIT_LINK_REQUESTS_PER_IP: '200',
    },
    { mail: true },
  );

  const checkEmail = (page: Page) => page.getByRole('heading', { name: 'Check your email' });
  const pendingLinkIn = (page: Page) =>
    page.evaluate((key) => localStorage.getItem(key), PENDING_LINK_STORAGE_KEY);

  /** An account for `email`, signed out again, with its sign-up email read. */
  async function existingAccount(page: Page, email: string): Promise<void> {
    await signUpThroughEmail(page, app.smtp, signupFor(email));
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await waitForNotice(page, '/signin', 'You have signed out.');
  }

  it('signs up with the code from the email, typed with a hyphen, and goes home', async () => {
    const { page } = app;
    await submitSignupForm(page, signupFor('code-signup@example.com'));
    await checkEmail(page).waitFor();
    const field = page.getByLabel(CODE_FIELD);
    expect(await field.getAttribute('autocomplete')).toBe('one-time-code');
    expect(await field.getAttribute('inputmode')).toBe('numeric');
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'check-email-code');

    const [mail] = await mailsTo(app.smtp, 'code-signup@example.com');
    await field.fill(codeIn(mail!).replace(' ', '-'));
    await page.getByRole('button', { name: 'Sign in with the code' }).click();
    await page.waitForURL(`${app.url}/home`);
    await page.getByRole('heading', { level: 1, name: 'Test Shop' }).waitFor();
    expect(await pendingLinkIn(page)).toBeNull();
  });

  it('keeps the page that was asked for through signing in with the code', async () => {
    const { page } = app;
    await existingAccount(page, 'code-next@example.com');
    await page.goto('/settings');
    await page.waitForURL(`${app.url}/signin?next=%2Fsettings`);
    await page.getByLabel('Email').fill('code-next@example.com');
    await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
    await checkEmail(page).waitFor();

    const [, signinMail] = await mailsTo(app.smtp, 'code-next@example.com', 2);
    await page.getByLabel(CODE_FIELD).fill(codeIn(signinMail!));
    await page.keyboard.press('Enter');
    await page.waitForURL(`${app.url}/settings`);
    await page.getByRole('heading', { level: 1, name: 'Sessions' }).waitFor();
  });

  it('on a phone, shows a wrong code’s refusal in the server’s words beside the field, focused', async () => {
    const page = await app.openPage(PHONE);
    await submitSignupForm(page, signupFor('wrong-code@example.com'));
    await checkEmail(page).waitFor();
    await page.getByLabel(CODE_FIELD).fill('1234');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'field-code');
    expect(await fieldError(page, CODE_FIELD)).toBe('Enter the 8-digit code from the email');

    const [mail] = await mailsTo(app.smtp, 'wrong-code@example.com');
    const right = codeIn(mail!).replace(' ', '');
    const wrong = right.replace(/^./, (digit) => String((Number(digit) + 1) % 10));
    await page.getByLabel(CODE_FIELD).fill(wrong);
    await page.getByRole('button', { name: 'Sign in with the code' }).click();
    await page.locator('#field-code-error').filter({ hasText: 'That code is not right' }).waitFor();
    expect(await fieldError(page, CODE_FIELD)).toMatch(/That code is not right.*\b4\b/);
    await page.waitForFunction(() => document.activeElement?.id === 'field-code');
    expect(await contentWidth(page)).toBeLessThanOrEqual(375);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'check-email-code-refused-375');

    await page.getByLabel(CODE_FIELD).fill(right);
    await page.getByRole('button', { name: 'Sign in with the code' }).click();
    await page.waitForURL(`${app.url}/home`);
  });

  it('shows the waiting screen again after a reload, until "Use a different email"', async () => {
    const { page } = app;
    await existingAccount(page, 'reload@example.com');
    await submitSigninForm(page, 'reload@example.com');
    await checkEmail(page).waitFor();
    await page.reload();
    await checkEmail(page).waitFor();
    await page.getByText('We sent a link and a code to reload@example.com').waitFor();
    await page.goto('/signin');
    await checkEmail(page).waitFor();

    await page.getByRole('button', { name: 'Use a different email' }).click();
    await page.getByRole('heading', { name: 'Sign in to Dyocense' }).waitFor();
    expect(await pendingLinkIn(page)).toBeNull();
    await page.reload();
    await page.getByRole('heading', { name: 'Sign in to Dyocense' }).waitFor();
  });

  it('on a phone, counts down before each resend, and follows the server’s wait once it refuses', async () => {
    const page = await app.openPage(PHONE);
    await page.clock.install();
    await submitSignupForm(page, signupFor('countdown@example.com'));
    await checkEmail(page).waitFor();
    const resting = page.getByRole('button', { name: /^Send again in 0:(30|29|28)$/ });
    await resting.waitFor();
    expect(await resting.isDisabled()).toBe(true);
    await saveScreenshot(page, 'check-email-countdown-375');

    await page.clock.fastForward('00:31');
    await page.getByRole('button', { name: 'Send the link again' }).click();
    await page.getByRole('status').filter({ hasText: 'We sent a new link and code' }).waitFor();
    await page.getByRole('button', { name: /^Send again in 0:(30|29|28)$/ }).waitFor();
    await mailsTo(app.smtp, 'countdown@example.com', 2);

    // The third email to the address in an hour is refused: the wait is the server's, ~1 hour.
    await page.clock.fastForward('00:31');
    await page.getByRole('button', { name: 'Send the link again' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: /^Too many attempts\. Try again in (59|60) minutes\.$/ })
      .waitFor();
    const refused = page.getByRole('button', { name: /^Send again in (59:\d\d|1:00:00)$/ });
    await refused.waitFor();
    expect(await refused.isDisabled()).toBe(true);
    expect(await contentWidth(page)).toBeLessThanOrEqual(375);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'check-email-rate-limited-375');
  });

  it('moves on by itself when the link is used in another tab of this browser', async () => {
    const { page } = app;
    await existingAccount(page, 'two-tabs-link@example.com');
    await page.goto('/settings');
    await page.waitForURL('**/signin?next=%2Fsettings');
    await page.getByLabel('Email').fill('two-tabs-link@example.com');
    await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
    await checkEmail(page).waitFor();

    const [, signinMail] = await mailsTo(app.smtp, 'two-tabs-link@example.com', 2);
    const otherTab = await page.context().newPage();
    await otherTab.goto(verifyPathIn(signinMail!));
    // The link, opened in the browser that asked for it, lands on the page that was asked for.
    await otherTab.waitForURL(`${app.url}/settings`);
    await page.waitForURL(`${app.url}/settings`);
    await page.getByRole('heading', { level: 1, name: 'Sessions' }).waitFor();
  });

  it('sends a link opened on another device home, not to this browser’s next', async () => {
    const { page } = app;
    await existingAccount(page, 'other-device@example.com');
    await page.goto('/settings');
    await page.waitForURL('**/signin?next=%2Fsettings');
    await page.getByLabel('Email').fill('other-device@example.com');
    await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
    await checkEmail(page).waitFor();

    const [, signinMail] = await mailsTo(app.smtp, 'other-device@example.com', 2);
    const phone = await app.openPage(PHONE);
    await phone.goto(verifyPathIn(signinMail!));
    await phone.getByRole('button', { name: /^Continue as/ }).click();
    await phone.waitForURL(`${app.url}/home`);
  });

  it('sends a signed-in visitor on from the sign-in and sign-up pages, only to paths on this site', async () => {
    const { page } = app;
    await signUpThroughEmail(page, app.smtp, signupFor('signed-in@example.com'));
    await page.goto('/signin?next=%2Fsettings');
    await page.waitForURL(`${app.url}/settings`);
    await page.goto('/signup');
    await page.waitForURL(`${app.url}/home`);
    for (const next of ['//evil.example/home', 'https://evil.example/home', '/\\evil.example']) {
      await page.goto(`/signin?${new URLSearchParams({ next })}`);
      await page.waitForURL(`${app.url}/home`);
    }
  });

  it.each([
    ['ada@gmail.com', 'Open Gmail', 'https://mail.google.com/'],
    ['ada@hotmail.com', 'Open Outlook', 'https://outlook.live.com/'],
  ])('offers %s a button that opens the web mailbox in a new tab', async (email, name, origin) => {
    const { page } = app;
    await submitSignupForm(page, signupFor(email));
    await checkEmail(page).waitFor();
    const mailbox = page.getByRole('link', { name });
    expect(await mailbox.getAttribute('href')).toMatch(new RegExp(`^${origin}`));
    expect(await mailbox.getAttribute('target')).toBe('_blank');
    expect(await mailbox.getAttribute('rel')).toContain('noreferrer');
  });

  it('offers no mailbox for any other domain', async () => {
    const { page } = app;
    await submitSignupForm(page, signupFor('ada@shop.example'));
    await checkEmail(page).waitFor();
    expect(await page.getByRole('link', { name: /^Open / }).count()).toBe(0);
  });

  it('says the real wait on a provider sign-in refused for too many attempts', async () => {
    const { page } = app;
    await page.goto('/signin/problem?reason=OAUTH_RATE_LIMITED&provider=okta&retry_after=540');
    await page.getByText('Try again in 9 minutes').waitFor();
  });
});
