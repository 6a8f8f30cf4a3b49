import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../api-errors';
import {
  contentWidth,
  countApiCalls,
  fieldError,
  PHONE,
  saveScreenshot,
  signupFor,
  submitSignupForm,
  useWebApp,
} from '../testing/browser-test';

describe('the sign-up page', () => {
  const app = useWebApp();

  it('shows each problem beside its field, focuses the first, and sends nothing', async () => {
    const page = await app.openPage(PHONE);
    const script = page.waitForResponse((response) =>
      /\/assets\/index-.+\.js$/.test(response.url()),
    );
    // Counted once the page has loaded what it shows (its sign-in providers).
    await page.goto('/signup', { waitUntil: 'networkidle' });
    // Chromium accepts br, so the app's script comes as the build's brotli copy.
    expect(await (await script).headerValue('content-encoding')).toBe('br');
    const apiCalls = countApiCalls(page, 'auth.signup');
    await saveScreenshot(page, 'signup-375');
    await page.getByLabel('Business name').fill('Test Shop');
    await page.getByRole('button', { name: 'Create my account' }).click();

    await page.getByText('Enter your name').waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'field-email');
    expect(await fieldError(page, 'Email')).toBe(
      'Enter a valid email address, like name@example.com',
    );
    expect(await fieldError(page, 'Business name')).toBeNull();
    expect(await contentWidth(page)).toBeLessThanOrEqual(375);
    expect(apiCalls()).toBe(0);
    await saveScreenshot(page, 'signup-errors-375');
  });

  it('can be filled in and sent with the keyboard alone', async () => {
    const { page } = app;
    await page.goto('/signup');
    await saveScreenshot(page, 'signup');
    await page.getByLabel('Email').focus();
    await page.keyboard.type('keyboard@example.com');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Kim');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Keyboard Cafe');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/home');
    await page.getByRole('heading', { level: 1, name: 'Keyboard Cafe' }).waitFor();
  });

  it('disables the button while sending, and says plainly when the server is unreachable', async () => {
    const { page } = app;
    let disabledWhileSending: boolean | undefined;
    await page.route('**/trpc/auth.signup**', async (route) => {
      const sending = page.getByRole('button', { name: 'Creating your account…' });
      disabledWhileSending = await sending.isDisabled();
      await route.abort('connectionrefused');
    });
    await submitSignupForm(page, signupFor('offline@example.com'));

    await page.getByRole('alert').filter({ hasText: MESSAGES.unreachable }).waitFor();
    expect(disabledWhileSending).toBe(true);
    expect(await page.getByRole('button', { name: 'Create my account' }).isEnabled()).toBe(true);
  });
});
