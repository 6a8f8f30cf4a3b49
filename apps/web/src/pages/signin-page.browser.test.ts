import { describe, expect, it } from 'vitest';
import {
  contentWidth,
  countApiCalls,
  fieldError,
  PHONE,
  saveScreenshot,
  signUpAndVerify,
  signupFor,
  useWebApp,
} from '../testing/browser-test';

describe('the sign-in page', () => {
  const app = useWebApp();

  it('explains an address it cannot use beside the field, focuses it, and sends nothing', async () => {
    const page = await app.openPage(PHONE);
    // Counted once the page has loaded what it shows (its sign-in providers).
    await page.goto('/signin', { waitUntil: 'networkidle' });
    const apiCalls = countApiCalls(page, 'auth.signin');
    await page.getByLabel('Email').fill('not-an-address');
    await page.keyboard.press('Enter');

    await page.waitForFunction(() => document.activeElement?.id === 'field-email');
    expect(await fieldError(page, 'Email')).toBe(
      'Enter a valid email address, like name@example.com',
    );
    expect(await contentWidth(page)).toBeLessThanOrEqual(375);
    expect(apiCalls()).toBe(0);
    await saveScreenshot(page, 'signin-errors-375');
  });

  it('links sign-up and sign-in to each other', async () => {
    const { page } = app;
    await page.goto('/signup');
    await page.getByRole('link', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Sign in to Dyocense' }).waitFor();
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByRole('heading', { name: 'Create your Dyocense account' }).waitFor();
  });

  it('in development, follows the returned link and signs in at once', async () => {
    const { page } = app;
    await signUpAndVerify(page, signupFor('dev-signin@example.com'));
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.waitForURL('**/signin');
    await page.getByLabel('Email').fill('Dev-Signin@Example.com');
    await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
    await page.waitForURL(`${app.url}/home`);
    await page.getByRole('heading', { level: 1, name: 'Test Shop' }).waitFor();
  });
});
