import { describe, expect, it } from 'vitest';
import { saveScreenshot, signupFor, submitSignupForm, useWebApp } from '../testing/browser-test';

describe('checking email after sign-up, in production mode', () => {
  const app = useWebApp({ NODE_ENV: 'production' }, { mail: true });

  function linksSentTo(email: string) {
    return app.database.db
      .selectFrom('verification_tokens')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('email', '=', email)
      .executeTakeFirstOrThrow()
      .then((row) => Number(row.count));
  }

  it('shows where the link went, and sends it again on request', async () => {
    const { page } = app;
    const signup = signupFor('inbox@example.com');
    await page.clock.install();
    await submitSignupForm(page, signup);
    await page.getByRole('heading', { name: 'Check your email' }).waitFor();
    await page.getByText('We sent a link and a code to inbox@example.com').waitFor();
    expect(new URL(page.url()).pathname).toBe('/signup');
    expect(await linksSentTo(signup.email)).toBe(1);
    const [mail] = await app.smtp.waitFor(1);
    expect(mail?.subject).toBe('Finish setting up Test Shop on Dyocense');
    await saveScreenshot(page, 'check-email');

    // The button rests a while after each email, so that one has time to arrive.
    await page.clock.fastForward('00:31');
    await page.getByRole('button', { name: 'Send the link again' }).click();
    await page.getByRole('status').filter({ hasText: 'We sent a new link' }).waitFor();
    expect(await linksSentTo(signup.email)).toBe(2);
  });

  it('goes back to the form, filled in, to use a different email', async () => {
    const { page } = app;
    await submitSignupForm(page, signupFor('typo@exmaple.com'));
    await page.getByRole('button', { name: 'Use a different email' }).click();
    expect(await page.getByLabel('Email').inputValue()).toBe('typo@exmaple.com');
    expect(await page.getByLabel('Business name').inputValue()).toBe('Test Shop');
  });
});
