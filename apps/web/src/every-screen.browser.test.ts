import { randomBytes } from 'node:crypto';
import { insertVerificationToken, postJson } from '@dyocense/server/testing';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { LONG_STORY_MS, signupFor, useWebApp } from './testing/browser-test';
import { invitationPathIn, mailsTo, tokenIn, verifyPathIn } from './testing/mailed-links';
import { focusOn, problemsInEachLook, waitUntilLoaded } from './testing/screen-looks';

/**
 * One screen of the sweep: how to reach it from wherever the step before left the page, and how
 * the person got there, which decides where the focus is (see `expectedFocus`).
 */
interface Step {
  screen: string;
  heading: string;
  reached: 'address' | 'click' | 'key';
  go(page: Page): Promise<unknown>;
}

/**
 * An address opened leaves the focus at the top of the page; a screen the person's click or key
 * brought moves it to the new heading, outlined only for the keyboard.
 */
function expectedFocus({ reached, heading }: Step): string {
  if (reached === 'address') return 'the page itself';
  return reached === 'key' ? `h1 "${heading}", outlined` : `h1 "${heading}"`;
}

/** Takes `page` through `steps`; each screen is checked in every look, and its focus. */
async function sweep(page: Page, steps: Step[]): Promise<void> {
  const problems: string[] = [];
  for (const step of steps) {
    await step.go(page);
    await page.getByRole('heading', { level: 1, name: step.heading, exact: true }).waitFor();
    await waitUntilLoaded(page);
    const focus = await focusOn(page);
    if (focus !== expectedFocus(step)) problems.push(`${step.screen}: the focus is on ${focus}`);
    const inLooks = await problemsInEachLook(page, `every-screen-${step.screen}`);
    problems.push(...inLooks.map((problem) => `${step.screen}, ${problem}`));
  }
  expect(problems).toEqual([]);
}

const OWNER = 'owner@example.com';

describe('every screen, at 375 and 1280 px, light and dark', () => {
  // A provider, so that the sign-in pages show its button and its problem page a retry.
  const app = useWebApp(
    { OAUTH_GITHUB_CLIENT_ID: 'dyocense-web', OAUTH_GITHUB_CLIENT_SECRET: 'github-secret' },
    { mail: true },
  );
  let invitationPath: string;
  const expiredToken = randomBytes(32).toString('base64url');

  /** Asks for a sign-in link for the owner through the API; resolves to its emailed path. */
  async function ownerSigninLink(): Promise<string> {
    const earlier = (await mailsTo(app.smtp, OWNER, 0)).length;
    expect((await postJson(`${app.url}/v1/auth/signin`, { email: OWNER })).status).toBe(200);
    return verifyPathIn((await mailsTo(app.smtp, OWNER, earlier + 1))[earlier]!);
  }

  /** Uses a link through the API, as if it had been opened somewhere else first. */
  async function spendLink(path: string): Promise<void> {
    const token = new URL(path, app.url).searchParams.get('token');
    expect((await postJson(`${app.url}/v1/auth/verify`, { token })).status).toBe(200);
  }

  // The owner of Test Shop signs up through the API and invites a guest; a link expires.
  beforeAll(async () => {
    await postJson(`${app.url}/v1/auth/signup`, signupFor(OWNER));
    const [signupMail] = await mailsTo(app.smtp, OWNER);
    const verified = await postJson(`${app.url}/v1/auth/verify`, { token: tokenIn(signupMail!) });
    const ownerJwt = String(verified.body.jwt);
    const invited = await postJson(
      `${app.url}/v1/invitations`,
      { email: 'guest@example.com', role: 'member' },
      { authorization: `Bearer ${ownerJwt}` },
    );
    expect(invited.status).toBe(200);
    invitationPath = invitationPathIn((await mailsTo(app.smtp, 'guest@example.com'))[0]!);
    await insertVerificationToken(app.database.db, expiredToken, new Date(Date.now() - 60_000));
  });

  it(
    'a visitor: sign-up, "Check your email", a different email, sign-in',
    async () => {
      await sweep(app.page, [
        {
          screen: 'signup',
          heading: 'Create your Dyocense account',
          reached: 'address',
          go: (page) => page.goto('/signup'),
        },
        {
          screen: 'check-email',
          heading: 'Check your email',
          reached: 'key',
          async go(page) {
            await page.getByLabel('Email').fill('visitor@example.com');
            await page.getByLabel('Your name').fill('Vic');
            await page.getByLabel('Business name').fill('Vic Shop');
            await page.getByLabel('Business name').press('Enter');
          },
        },
        {
          screen: 'signup-again',
          heading: 'Create your Dyocense account',
          reached: 'click',
          go: (page) => page.getByRole('button', { name: 'Use a different email' }).click(),
        },
        {
          screen: 'signin',
          heading: 'Sign in to Dyocense',
          reached: 'click',
          go: (page) => page.getByRole('link', { name: 'Sign in', exact: true }).click(),
        },
      ]);
    },
    LONG_STORY_MS,
  );

  const OPENED_BY_ADDRESS: { screen: string; heading: string; address: () => string }[] = [
    { screen: 'welcome', heading: 'Welcome to Dyocense', address: () => '/' },
    { screen: 'admin-key', heading: 'Sign-up funnel', address: () => '/admin' },
    { screen: 'invitation', heading: 'Join Test Shop', address: () => invitationPath },
    {
      screen: 'invitation-not-valid',
      heading: 'This invitation is not valid',
      address: () => '/invitation?token=not-a-real-invitation',
    },
    {
      screen: 'link-expired',
      heading: 'This link has expired',
      address: () => `/verify?token=${expiredToken}`,
    },
    {
      screen: 'provider-problem',
      heading: 'Sign-in was cancelled',
      address: () => '/signin/problem?reason=OAUTH_DENIED&provider=github',
    },
    { screen: 'not-found', heading: 'Page not found', address: () => '/no-such-page' },
  ];

  it.each(OPENED_BY_ADDRESS)('$screen, opened by its address', async ({ address, ...screen }) => {
    await sweep(app.page, [{ ...screen, reached: 'address', go: (page) => page.goto(address()) }]);
  });

  it(
    'the owner: a link from another browser, home, settings, and a link used meanwhile',
    async () => {
      const signinLink = await ownerSigninLink();
      await sweep(app.page, [
        {
          screen: 'link-from-elsewhere',
          heading: 'Continue to Dyocense',
          reached: 'address',
          go: (page) => page.goto(signinLink),
        },
        {
          screen: 'home',
          heading: 'Test Shop',
          reached: 'click',
          go: (page) => page.getByRole('button', { name: /^Continue as / }).click(),
        },
        {
          screen: 'settings',
          heading: 'Sessions',
          reached: 'click',
          go: (page) => page.getByRole('link', { name: 'Sessions' }).click(),
        },
        {
          screen: 'link-used',
          heading: 'This link was already used',
          reached: 'click',
          async go(page) {
            const link = await ownerSigninLink();
            await page.goto(link);
            const continueButton = page.getByRole('button', { name: /^Continue as / });
            await continueButton.waitFor();
            await spendLink(link);
            await continueButton.click();
          },
        },
      ]);
    },
    LONG_STORY_MS,
  );

  it("gives the focus to home's heading once the business has arrived, not to its loading line", async () => {
    const { page } = app;
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(
      (url) => url.pathname.includes('auth.me'),
      async (route) => {
        await held;
        await route.continue();
      },
    );
    await page.goto(await ownerSigninLink());
    await page.getByRole('button', { name: /^Continue as / }).click();
    await page.getByRole('status').filter({ hasText: 'Loading your business' }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(0);
    release();
    await page.getByRole('heading', { level: 1, name: 'Test Shop' }).waitFor();
    expect(await focusOn(page)).toBe('h1 "Test Shop"');
  });
});
