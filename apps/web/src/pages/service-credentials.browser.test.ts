import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  contentWidth,
  PHONE,
  saveScreenshot,
  signUpAndVerify,
  signupFor,
  useWebApp,
} from '../testing/browser-test';

/** Asks the server for a token with these credentials (HTTP Basic); the status it answers. */
async function tokenStatus(base: string, clientId: string, secret: string): Promise<number> {
  const response = await fetch(`${base}/oauth/token`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}`,
    },
    body: 'grant_type=client_credentials',
  });
  return response.status;
}

describe('service credentials in Settings', () => {
  const app = useWebApp();

  const section = (page: Page) => page.getByRole('region', { name: 'Service credentials' });

  async function createClient(page: Page, name: string) {
    await page.getByLabel('Service name').fill(name);
    await page.getByRole('checkbox', { name: /plans:read/ }).check();
    await page.getByRole('button', { name: 'Create credentials' }).click();
    const secretBox = page.getByRole('region', { name: 'New client secret' });
    await secretBox.waitFor();
    const secret = await secretBox.getByLabel('Client secret').inputValue();
    const clientId = (await secretBox.locator('code').innerText()).trim();
    return { secretBox, secret, clientId };
  }

  it('creates a client, shows its secret once with a copy button, lists it and revokes it after confirmation', async () => {
    const page = await app.openPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await signUpAndVerify(page, signupFor('service-owner@example.com'));
    await page.goto('/settings');
    await section(page).waitFor();

    await page.getByRole('button', { name: 'Create credentials' }).click();
    await page.getByText('Choose at least one scope').waitFor();

    const { secretBox, secret, clientId } = await createClient(page, 'Billing');
    expect(secret).toMatch(/^dsk_/);
    expect(await secretBox.innerText()).toContain('you will not see it again');
    await secretBox.getByRole('button', { name: 'Copy secret' }).click();
    await secretBox.getByRole('button', { name: 'Copied' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    expect(await tokenStatus(app.url, clientId, secret)).toBe(200);
    await saveScreenshot(page, 'settings-service-credentials');

    // Gone once acknowledged, and after a reload: the server keeps only its hash.
    await secretBox.getByRole('button', { name: 'I have stored it' }).click();
    await page.reload();
    const card = page.getByRole('article', { name: 'Service Billing' });
    await card.waitFor();
    expect(await card.innerText()).toContain(clientId);
    expect(await card.innerText()).toContain('last used');
    expect(await page.content()).not.toContain(secret);

    await card.getByRole('button', { name: 'Revoke' }).click();
    const confirm = card.getByRole('group', { name: 'Confirm revoking Billing' });
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    expect(await card.getByText(/^Revoked/).count()).toBe(0);
    await card.getByRole('button', { name: 'Revoke' }).click();
    await confirm.getByRole('button', { name: 'Yes, revoke' }).click();
    await card.getByText(/^Revoked/).waitFor();
    expect(await tokenStatus(app.url, clientId, secret)).toBe(401);
  });

  it('tells an admin that only owners manage service credentials', async () => {
    const signup = signupFor('service-member@example.com');
    await signUpAndVerify(app.page, signup);
    await app.database.db
      .updateTable('memberships')
      .set({ role: 'admin' })
      .where('user_id', 'in', (eb) =>
        eb.selectFrom('users').select('id').where('email', '=', signup.email),
      )
      .execute();
    await app.page.goto('/settings');
    await section(app.page).getByText('Only your business’s owners manage').waitFor();
    expect(await app.page.getByRole('button', { name: 'Create credentials' }).count()).toBe(0);
  });

  it('fits a 375 px wide phone with a new secret on screen', async () => {
    const page = await app.openPage(PHONE);
    await signUpAndVerify(page, signupFor('service-phone@example.com'));
    await page.goto('/settings');
    await createClient(page, 'Reporting');
    expect(await contentWidth(page)).toBeLessThanOrEqual(375);
    await saveScreenshot(page, 'settings-service-credentials-375');
  });
});
