import type { Page, Response } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from './testing/axe';
import { countApiCalls, PHONE, saveScreenshot, useWebApp } from './testing/browser-test';
import { firstLoadScripts, FIRST_LOAD_BUDGET_BYTES } from './testing/first-load';
import { watchLayoutShift } from './testing/layout-shift';

const GITHUB = { OAUTH_GITHUB_CLIENT_ID: 'github-id', OAUTH_GITHUB_CLIENT_SECRET: 'github-secret' };

/** The scripts the page fetched, as they came over the wire. */
function scriptResponses(page: Page): Response[] {
  const responses: Response[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') responses.push(response);
  });
  return responses;
}

async function compressedBytes(responses: Response[]): Promise<number> {
  const sizes = await Promise.all(responses.map((response) => response.request().sizes()));
  return sizes.reduce((total, { responseBodySize }) => total + responseBodySize, 0);
}

describe('the first load of /signup', () => {
  const app = useWebApp(GITHUB);

  it('fits the budget of brotli script, by the build: no other page and no passkey code in it', () => {
    const scripts = firstLoadScripts(inject('webDistDir'));
    expect(scripts.totalBytes).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_BYTES);
    expect(scripts.lazyPages.sort()).toEqual([
      'src/pages/admin-page.tsx',
      'src/pages/check-email.tsx',
      'src/pages/home-page.tsx',
      'src/pages/invitation-page.tsx',
      'src/pages/providers/business-name-page.tsx',
      'src/pages/providers/provider-problem-page.tsx',
      'src/pages/providers/provider-signed-in-page.tsx',
      'src/pages/settings-page.tsx',
      'src/pages/signin-page.tsx',
      'src/pages/verify-page.tsx',
      'src/pages/welcome-page.tsx',
    ]);
    expect(scripts.text).not.toContain('WebAuthn is not supported in this browser');
  });

  it('shows the shell until the script runs, then the form with GitHub at once, and nothing moves', async () => {
    // The shell: the app's script held back until it has been looked at.
    const waiting = await app.openPage(PHONE);
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await waiting.route('**/assets/vendor-*.js', async (route) => {
      await held;
      await route.continue();
    });
    await waiting.goto('/signup', { waitUntil: 'commit' });
    await waiting.getByRole('heading', { name: 'Loading…' }).waitFor();
    const shellHeader = await waiting.locator('.site-header').boundingBox();
    expect(await waiting.locator('.brand').textContent()).toBe('Dyocense');
    await saveScreenshot(waiting, 'signup-loading-shell-375');
    expect(await axeViolations(waiting)).toEqual([]);
    release();
    await waiting.getByRole('button', { name: 'Create my account' }).waitFor();
    expect(await waiting.locator('.site-header').boundingBox()).toEqual(shellHeader);
    expect(await waiting.getByText('Loading…').count()).toBe(0);

    // A first visit as it goes over a network with some latency, untouched.
    const page = await app.openPage(PHONE);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    const layoutShift = await watchLayoutShift(page);
    const providerCalls = countApiCalls(page, 'auth.providers');
    const scripts = scriptResponses(page);
    await page.goto('/signup');
    const github = page.getByRole('link', { name: 'Continue with GitHub' });
    await page.getByRole('button', { name: 'Create my account' }).waitFor();
    expect(await github.isVisible()).toBe(true);
    expect(await github.locator('svg[data-logo="github"]').getAttribute('aria-hidden')).toBe(
      'true',
    );
    await page.getByLabel('Email').focus();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(
      await page.getByLabel('Email').getAttribute('id'),
    );
    await page.waitForLoadState('networkidle');

    await saveScreenshot(page, 'signup-with-github-375');
    expect(await layoutShift()).toBeLessThan(0.05);
    expect(providerCalls()).toBe(0);
    expect(await compressedBytes(scripts)).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_BYTES);
    const encodings = await Promise.all(
      scripts
        .filter((response) => new URL(response.url()).pathname.startsWith('/assets/vendor-'))
        .map((response) => response.headerValue('content-encoding')),
    );
    expect(encodings).toEqual(['br']);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('sends the scripts in gzip to a client that asks only for gzip', async () => {
    const entry = firstLoadScripts(inject('webDistDir')).files[0] ?? '';
    const response = await fetch(`${app.url}/${entry}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers.get('content-encoding')).toBe('gzip');
  });
});
