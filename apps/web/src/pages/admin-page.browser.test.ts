import { describe, expect, it } from 'vitest';
import { saveScreenshot, useWebApp } from '../testing/browser-test';

const ADMIN_API_KEY = 'operator-key-for-the-browser-test';

describe('the admin page', () => {
  const app = useWebApp({ ADMIN_API_KEY });

  /** Signs up through the API (development mode returns the link's token) and maybe verifies. */
  async function signUp(email: string, intent: 'launch' | 'grow', verify: boolean) {
    const post = (path: string, body: unknown) =>
      fetch(`${app.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }).then((response) => response.json() as Promise<{ token?: string }>);
    const { token } = await post('/v1/auth/signup', {
      email,
      name: 'Ada',
      business_name: 'Funnel Shop',
      intent,
    });
    if (verify) await post('/v1/auth/verify', { token });
  }

  it('loads its charts (chart.js) only when it is opened, not with the other pages', async () => {
    const scripts: Promise<string>[] = [];
    app.page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.text());
    });
    const withCharts = async () =>
      (await Promise.all(scripts)).filter((script) => script.includes('chartjs')).length;
    await app.page.goto('/signup');
    await app.page.getByRole('button', { name: 'Create my account' }).waitFor();
    expect(scripts.length).toBeGreaterThan(0);
    expect(await withCharts()).toBe(0);
    await app.page.goto('/admin');
    await app.page.getByLabel('Operator key').waitFor();
    expect(await withCharts()).toBe(1);
  });

  it('shows the funnel and its breakdown by intent to the operator key only', async () => {
    await signUp('launch-1@example.com', 'launch', true);
    await signUp('launch-2@example.com', 'launch', false);
    await signUp('grow-1@example.com', 'grow', true);
    await signUp('grow-2@example.com', 'grow', true);
    await signUp('grow-3@example.com', 'grow', false);
    // The outbox delivers (to the log, in development) in the background.
    const unsent = () =>
      app.database.db
        .selectFrom('email_outbox')
        .select('id')
        .where('status', '!=', 'sent')
        .execute();
    await expect.poll(async () => (await unsent()).length).toBe(0);
    const page = app.page;
    await page.goto('/admin');
    await page.getByRole('heading', { level: 1, name: 'Sign-up funnel' }).waitFor();

    await page.getByLabel('Operator key').fill('not-the-operator-key');
    await page.getByRole('button', { name: 'Show the funnel' }).click();
    await expect
      .poll(() => page.getByRole('alert').innerText())
      .toContain('Send the operator key as');

    await page.getByLabel('Operator key').fill(ADMIN_API_KEY);
    await page.getByRole('button', { name: 'Show the funnel' }).click();
    await page.getByRole('heading', { name: 'By intent' }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);

    const figure = (label: string) =>
      page.locator('.admin-figures div').filter({ hasText: label }).locator('dd').innerText();
    expect(await figure('Signed up')).toBe('5');
    expect(await figure('Conversion')).toBe('60%');
    const rows = await page.getByRole('row').allInnerTexts();
    expect(rows.slice(1).map((row) => row.split('\t').slice(0, 4))).toEqual([
      ['grow', '3', '3', '2'],
      ['launch', '2', '2', '1'],
    ]);
    const charts = page.getByRole('img');
    expect(await charts.count()).toBe(2);
    expect(await charts.first().getAttribute('aria-label')).toBe(
      'Signed up 5, Email delivered 5, Verified 3',
    );
    expect(await page.locator('canvas').count()).toBe(2);
    const box = await page.locator('canvas').first().boundingBox();
    expect(box?.height).toBeGreaterThan(100);
    await saveScreenshot(page, 'admin');
  });
});
