import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { MESSAGES, REASON_MESSAGES } from '../api-errors';
import { axeViolations } from '../testing/axe';
import { contentWidth, PHONE, saveScreenshot, useWebApp } from '../testing/browser-test';
import { NO_SIGNUPS } from './admin-page-report';

const ADMIN_API_KEY = 'operator-key-for-the-browser-test';
const FUNNEL_CALL = '**/trpc/analytics.funnel**';

/** The server's refusal of a wrong key, turned into the refusal `data` describes. */
function refuseAs(data: Record<string, unknown>) {
  return async (route: Route) => {
    // A wrong key's real refusal, so the answer has the server's own shape.
    const headers = { ...route.request().headers(), authorization: 'Bearer a-wrong-key' };
    const response = await route.fetch({ headers });
    const body = (await response.json()) as [{ error: { json: { data: object } } }];
    body[0].error.json.data = { ...body[0].error.json.data, ...data };
    await route.fulfill({ response, status: Number(data.httpStatus), json: body });
  };
}

async function showFunnel(page: Page, key: string): Promise<void> {
  await page.getByLabel('Operator key').fill(key);
  await page.getByRole('button', { name: 'Show the funnel' }).click();
}

async function alertSays(page: Page, message: string): Promise<void> {
  await page.getByRole('alert').filter({ hasText: message }).waitFor();
  expect(await page.getByRole('alert').allInnerTexts()).toEqual([message]);
}

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

  it('says what is wrong with a key, a range or the server, and what to do', async () => {
    const page = await app.openPage(PHONE);
    await page.goto('/admin');
    await page.getByRole('heading', { level: 1, name: 'Sign-up funnel' }).waitFor();

    await showFunnel(page, 'not-the-operator-key');
    await alertSays(page, 'That key was not accepted. Check the operator key and try again.');
    expect(await axeViolations(page)).toEqual([]);

    const refusals: [Parameters<typeof refuseAs>[0] | 'unreachable', string][] = [
      [
        { code: 'FORBIDDEN', httpStatus: 403, reason: 'ADMIN_API_DISABLED' },
        REASON_MESSAGES.ADMIN_API_DISABLED,
      ],
      [
        {
          code: 'TOO_MANY_REQUESTS',
          httpStatus: 429,
          reason: 'RATE_LIMITED',
          retryAfterSeconds: 840,
        },
        'Too many attempts. Try again in 14 minutes.',
      ],
      [
        { code: 'SERVICE_UNAVAILABLE', httpStatus: 503, reason: 'SERVICE_UNAVAILABLE' },
        REASON_MESSAGES.SERVICE_UNAVAILABLE,
      ],
      ['unreachable', MESSAGES.unreachable],
    ];
    for (const [refusal, message] of refusals) {
      await page.route(
        FUNNEL_CALL,
        refusal === 'unreachable' ? (route) => route.abort('connectionrefused') : refuseAs(refusal),
      );
      await showFunnel(page, ADMIN_API_KEY);
      await alertSays(page, message);
      await page.unrouteAll();
    }

    await page.getByLabel('From').fill('2020-02-01');
    await page.getByLabel('To', { exact: true }).fill('2020-01-01');
    await showFunnel(page, ADMIN_API_KEY);
    await alertSays(page, 'The first day must be on or before the last day.');
    await page.getByLabel('To', { exact: true }).fill('2026-01-01');
    await showFunnel(page, ADMIN_API_KEY);
    await alertSays(page, 'The range may span at most 400 days');

    // Days long before this test's server existed: nobody signed up then.
    await page.getByLabel('From').fill('2020-01-01');
    await page.getByLabel('To', { exact: true }).fill('2020-01-31');
    await showFunnel(page, ADMIN_API_KEY);
    await page.getByRole('status').filter({ hasText: NO_SIGNUPS }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.locator('canvas, .admin-figures, table').count()).toBe(0);
    expect(await page.getByText('Conversion').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(await contentWidth(page)).toBeLessThanOrEqual(375);
    await saveScreenshot(page, 'admin-empty-375');
  });

  it('shows the funnel by intent in the sign-up form’s words, with its drop-offs, in the theme’s colours', async () => {
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
    await showFunnel(page, ADMIN_API_KEY);
    await page.getByRole('heading', { name: 'By intent' }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);

    const figure = (label: string) =>
      page.locator('.admin-figures div').filter({ hasText: label }).locator('dd').innerText();
    expect(await figure('Started sign-up')).toBe('5');
    expect(await figure('Created an account')).toBe('3');
    expect(await figure('Conversion')).toBe('60%');
    expect(await page.locator('.admin-drop-offs li').allInnerTexts()).toEqual([
      'Started sign-up → Got the email: 0% dropped off',
      'Got the email → Created an account: 40% dropped off',
    ]);
    const rows = await page.getByRole('row').allInnerTexts();
    expect(rows.map((row) => row.split('\t').slice(0, 4))).toEqual([
      ['Intent', 'Started sign-up', 'Got the email', 'Created an account'],
      ['Grow my business', '3', '3', '2'],
      ['Launch a new business', '2', '2', '1'],
    ]);
    const charts = page.getByRole('img');
    expect(await charts.count()).toBe(2);
    expect(await charts.first().getAttribute('aria-label')).toBe(
      'Started sign-up 5, Got the email 5, Created an account 3',
    );
    expect(await charts.last().getAttribute('aria-label')).toContain('Grow my business: Started');
    const box = await page.locator('canvas').first().boundingBox();
    expect(box?.height).toBeGreaterThan(100);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'admin');

    // A theme (dark mode) redefines the variables: the bars follow, with no reload.
    expect(await pixelsOf(page, [255, 0, 255])).toBe(0);
    await page.evaluate(() => document.documentElement.style.setProperty('--chart-1', '#ff00ff'));
    await expect.poll(() => pixelsOf(page, [255, 0, 255])).toBeGreaterThan(100);

    const phone = await app.openPage(PHONE);
    await phone.goto('/admin');
    await showFunnel(phone, ADMIN_API_KEY);
    await phone.getByRole('heading', { name: 'By intent' }).waitFor();
    // Stacked: each value on a line of its own, beside its column's name.
    const cells = phone.getByRole('row', { name: /Grow my business/ }).getByRole('cell');
    const tops = await cells.evaluateAll((all) =>
      all.map((cell) => cell.getBoundingClientRect().top),
    );
    expect(tops).toHaveLength(5);
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    expect(new Set(tops).size).toBe(5);
    expect(await cells.first().getAttribute('data-label')).toBe('Started sign-up');
    expect(await contentWidth(phone)).toBeLessThanOrEqual(375);
    expect(await axeViolations(phone)).toEqual([]);
    await saveScreenshot(phone, 'admin-375');
  });
});

/** How many pixels of the first chart are this colour. */
function pixelsOf(page: Page, [red, green, blue]: [number, number, number]): Promise<number> {
  return page.evaluate(
    ([r, g, b]) => {
      const canvas = document.querySelector('canvas');
      const pixels = canvas?.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data;
      let count = 0;
      for (let i = 0; pixels && i < pixels.length; i += 4) {
        if (pixels[i] === r && pixels[i + 1] === g && pixels[i + 2] === b) count += 1;
      }
      return count;
    },
    [red, green, blue],
  );
}
