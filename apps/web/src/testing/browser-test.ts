import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startSmtpServer, type TestSmtpServer } from '@dyocense/api/testing';
import type { TestDatabase } from '@dyocense/db/testing';
import { smtpEnv, startServerWithDatabase } from '@dyocense/server/testing';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, inject } from 'vitest';
import { SESSION_STORAGE_KEY } from '../session/session-store';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const SCREENSHOTS = resolve(import.meta.dirname, '../../../../test-artifacts/web');

/** The timeout of a test that tells a whole story through several browsers and emails. */
export const LONG_STORY_MS = 60_000;

export const PHONE: BrowserContextOptions = { viewport: { width: 375, height: 812 } };

export interface WebAppUnderTest {
  /** The server's address, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  readonly database: TestDatabase;
  /** With `mail: true`: the SMTP server the app sends its email to. */
  readonly smtp: TestSmtpServer;
  /** A page in this test's own browser context (desktop size). */
  readonly page: Page;
  /** Another page in a context of its own, e.g. at phone size; closed after the test. */
  openPage(options?: BrowserContextOptions): Promise<Page>;
}

async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not at ${CHROMIUM}: install it with "apt-get install -y --no-install-recommends chromium" or set CHROMIUM_PATH`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/**
 * For one test file: the real server on a loopback port over a fresh SQLite file, serving the
 * web app built for this run, and one Chromium. Each test gets a browser context of its own.
 */
export function useWebApp(
  env: Record<string, string> = {},
  options: { mail?: boolean } = {},
): WebAppUnderTest {
  let server: Awaited<ReturnType<typeof startServerWithDatabase>>;
  let smtp: TestSmtpServer | undefined;
  let browser: Browser;
  let contexts: BrowserContext[] = [];
  let page: Page;

  async function openPage(options: BrowserContextOptions = {}): Promise<Page> {
    const context = await browser.newContext({ baseURL: server.server.url, ...options });
    context.setDefaultTimeout(10_000);
    contexts.push(context);
    return context.newPage();
  }

  beforeAll(async () => {
    smtp = options.mail ? await startSmtpServer() : undefined;
    server = await startServerWithDatabase('sqlite', {
      WEB_DIST_DIR: inject('webDistDir'),
      ...(smtp && {
        ...smtpEnv(smtp),
      }),
      ...env,
    });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.destroy();
    await smtp?.stop();
  });
  beforeEach(async () => {
    page = await openPage();
  });
  afterEach(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    contexts = [];
  });

  return {
    get url() {
      return server.server.url;
    },
    get database() {
      return server.database;
    },
    get smtp() {
      if (!smtp) throw new Error('useWebApp was not asked for mail: true');
      return smtp;
    },
    get page() {
      return page;
    },
    openPage,
  };
}

/** Saves a full-page screenshot under test-artifacts/web/ for a person to look at. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

export interface Signup {
  email: string;
  name: string;
  business_name: string;
}

export function signupFor(email: string): Signup {
  return { email, name: 'Ada', business_name: 'Test Shop' };
}

/** Fills the sign-up form through its labels, as a person would, and submits it. */
export async function submitSignupForm(page: Page, signup: Signup): Promise<void> {
  await page.goto('/signup');
  await page.getByLabel('Email').fill(signup.email);
  await page.getByLabel('Your name').fill(signup.name);
  await page.getByLabel('Business name').fill(signup.business_name);
  await page.getByRole('button', { name: 'Create my account' }).click();
}

/** Signs up in development mode, where the app follows the link itself, and waits for home. */
export async function signUpAndVerify(page: Page, signup: Signup): Promise<void> {
  await submitSignupForm(page, signup);
  await page.waitForURL('**/home');
  await page.getByRole('heading', { level: 1, name: signup.business_name }).waitFor();
}

/**
 * Waits for `path` (e.g. /signin, whatever its query, such as `?next=`) and the notice it shows,
 * e.g. "You have signed out."
 */
export async function waitForNotice(page: Page, path: string, notice: string): Promise<void> {
  await page.waitForURL((url) => url.pathname === path);
  await page.getByRole('status').filter({ hasText: notice }).waitFor();
}

/** Asks for a sign-in link on the sign-in page, as a person would. */
export async function submitSigninForm(page: Page, email: string): Promise<void> {
  await page.goto('/signin');
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
}

/** The session JWT this page keeps. */
export async function storedJwt(page: Page): Promise<string | undefined> {
  return page.evaluate(
    (key) => (JSON.parse(localStorage.getItem(key) ?? '{}') as { jwt?: string }).jwt,
    SESSION_STORAGE_KEY,
  );
}

/** Counts the calls of one procedure the page makes from now on (a retried query is not one). */
export function countApiCalls(page: Page, procedure: string): () => number {
  let calls = 0;
  page.on('request', (request) => {
    if (request.url().includes(`/trpc/${procedure}`)) calls += 1;
  });
  return () => calls;
}

/**
 * The error message tied to a field through aria-describedby (beside any hint), or null when it
 * is not marked invalid.
 */
export async function fieldError(page: Page, label: string): Promise<string | null> {
  const field = page.getByLabel(label);
  if ((await field.getAttribute('aria-invalid')) !== 'true') return null;
  const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
  const errorId = describedBy.split(' ').find((id) => id.endsWith('-error'));
  return errorId ? page.locator(`#${errorId}`).textContent() : null;
}

/** The width of the page's content; wider than the viewport means scrolling sideways. */
export function contentWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}
