import { freePort } from '@dyocense/server/testing/oauth';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../testing/axe';
import {
  contentWidth,
  countApiCalls,
  LONG_STORY_MS,
  PHONE,
  saveScreenshot,
  signUpAndVerify,
  signupFor,
  storedJwt,
  useWebApp,
  waitForNotice,
} from '../testing/browser-test';
import {
  addVirtualAuthenticator,
  recordCredentialRequests,
  type VirtualAuthenticator,
} from '../testing/virtual-authenticator';
import { PASSKEY_MESSAGES } from './passkeys/passkey-failure';

// WebAuthn needs a secure context and a domain as its RP ID: the app is opened at localhost.
const PORT = await freePort();
const WEB_APP = `http://localhost:${PORT}`;

const rows = (page: Page) =>
  page.getByRole('list', { name: 'Your passkeys' }).getByRole('listitem');
const offer = (page: Page) =>
  page.getByRole('region', { name: 'Sign in faster next time: add a passkey' });
/** Home welcomes a new account first; the passkey offer follows once the welcome is read. */
async function signUpPastWelcome(page: Page, email: string) {
  await signUpAndVerify(page, signupFor(email));
  await page.getByRole('button', { name: 'Got it' }).click();
}
const confirmDialog = (page: Page) => page.getByRole('dialog', { name: 'Confirm it’s you' });

async function signOut(page: Page) {
  await page.goto('/home');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await waitForNotice(page, '/signin', 'You have signed out.');
}

/**
 * Signs out, and in with "Sign in with a passkey": the autofill's request waits meanwhile. It must
 * have started before the authenticator answers again, or it would be answered first.
 */
async function signInWithTheButton(
  page: Page,
  authenticator: VirtualAuthenticator,
  requests: () => Promise<string[]>,
) {
  await authenticator.setPresence(false);
  // Signing out opens /home afresh (a new document, no request yet), then /signin's autofill.
  await signOut(page);
  await expect.poll(requests).toEqual(['conditional']);
  await authenticator.setPresence(true);
  await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
}

describe('passkeys in the web app, with a virtual authenticator in Chromium', () => {
  const app = useWebApp({ PORT: String(PORT), PUBLIC_URL: WEB_APP, FRONTEND_URL: WEB_APP });

  /** A page of the app at localhost, with a platform authenticator of its own. */
  async function openAppPage(options: BrowserContextOptions = {}) {
    const page = await app.openPage({ baseURL: WEB_APP, ...options });
    const requests = await recordCredentialRequests(page);
    return { page, requests, authenticator: await addVirtualAuthenticator(page) };
  }

  /** Makes every session of the person an hour old, as if signed in long ago. */
  async function ageSessionsOf(email: string) {
    const user = await app.database.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', email)
      .executeTakeFirstOrThrow();
    await app.database.db
      .updateTable('sessions')
      .set({ created_at: new Date(Date.now() - 60 * 60 * 1000) })
      .where('user_id', '=', user.id)
      .execute();
  }

  it(
    'offers a passkey after sign-up, lists it, and signs in with it through autofill',
    async () => {
      const { page, requests, authenticator } = await openAppPage();
      // The email field asks the browser for passkeys too. Read here, with none on the device:
      // once there is one, this authenticator answers at once and the page moves on.
      await page.goto('/signin');
      expect(await page.getByLabel('Email').getAttribute('autocomplete')).toBe('username webauthn');
      await signUpPastWelcome(page, 'ada@example.com');

      await offer(page).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await saveScreenshot(page, 'passkey-offer');
      await offer(page).getByRole('button', { name: 'Add a passkey' }).click();
      const added = page.getByRole('region', { name: 'Passkey added' });
      await added.getByText('Chrome on Linux').waitFor();
      expect(await authenticator.credentials()).toMatchObject([
        { isResidentCredential: true, rpId: 'localhost' },
      ]);
      await added.getByRole('button', { name: 'Done' }).click();
      expect(await added.count()).toBe(0);
      // Answered once, it is not offered again.
      await page.reload();
      await page.getByRole('heading', { name: 'Your plans' }).waitFor();
      expect(await offer(page).count()).toBe(0);

      await page.goto('/settings');
      await expect.poll(() => rows(page).count()).toBe(1);
      expect(await rows(page).first().innerText()).toMatch(
        /Chrome on Linux[\s\S]*Added .+ · last used never/,
      );
      expect(await axeViolations(page)).toEqual([]);
      await saveScreenshot(page, 'passkeys-settings');

      // Open the sign-in page and the browser offers the passkey under the email field; this
      // authenticator answers the conditional request as if the person picked it.
      const jwtBefore = await storedJwt(page);
      await signOut(page);
      await page.waitForURL('**/home');
      await page.getByRole('heading', { level: 1, name: 'Test Shop' }).waitFor();
      expect(await storedJwt(page)).not.toBe(jwtBefore);
      expect(await requests()).toEqual(['conditional']);

      await page.goto('/settings');
      await expect.poll(() => rows(page).first().innerText()).not.toContain('last used never');
    },
    LONG_STORY_MS,
  );

  it(
    'adds, renames and signs in with the button on a phone; a removed passkey is refused',
    async () => {
      const { page, requests, authenticator } = await openAppPage(PHONE);
      await signUpPastWelcome(page, 'bea@example.com');
      await offer(page).getByRole('button', { name: 'Not now' }).click();
      expect(await offer(page).count()).toBe(0);
      await page.reload();
      await page.getByRole('heading', { name: 'Your plans' }).waitFor();
      expect(await offer(page).count()).toBe(0);

      await page.goto('/settings');
      await page.getByText('You have no passkeys yet.').waitFor();
      // The person fails or closes the device's prompt: nothing is added, and nothing went wrong.
      await authenticator.setUserVerified(false);
      await page.getByRole('button', { name: 'Add a passkey' }).click();
      await page.getByRole('status').filter({ hasText: 'Nothing was added.' }).waitFor();
      expect(await page.getByRole('alert').count()).toBe(0);
      await authenticator.setUserVerified(true);
      await page.getByRole('button', { name: 'Add a passkey' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: 'Passkey added: Chrome on Linux' })
        .waitFor();
      await expect.poll(() => rows(page).count()).toBe(1);

      await page.getByRole('button', { name: 'Rename Chrome on Linux' }).click();
      const name = page.getByLabel('Name of the passkey');
      await name.fill('  ');
      await page.getByRole('button', { name: 'Save name' }).click();
      await page.getByText('Enter a name for the passkey').waitFor();
      await name.fill('Work phone');
      await page.getByRole('button', { name: 'Save name' }).click();
      await page.getByRole('listitem', { name: 'Work phone' }).waitFor();
      await page.reload();
      await page.getByRole('listitem', { name: 'Work phone' }).waitFor();
      expect(await contentWidth(page)).toBeLessThanOrEqual(375);
      expect(await axeViolations(page)).toEqual([]);
      await saveScreenshot(page, 'passkeys-settings-375');

      await signInWithTheButton(page, authenticator, requests);
      await page.waitForURL('**/home');
      await page.getByRole('heading', { level: 1, name: 'Test Shop' }).waitFor();
      expect(await requests()).toEqual(['conditional', 'optional']);

      await page.goto('/settings');
      await page.getByRole('button', { name: 'Remove Work phone' }).click();
      await page
        .getByRole('group', { name: 'Confirm removing Work phone' })
        .getByRole('button', { name: 'Yes, remove' })
        .click();
      await page.getByText('You have no passkeys yet.').waitFor();
      expect(await rows(page).count()).toBe(0);

      // The device still holds it, but it no longer signs in: neither through autofill…
      const signins = countApiCalls(page, 'auth.passkeySignin');
      await signOut(page);
      const refused = page.getByRole('alert').filter({ hasText: PASSKEY_MESSAGES.notRecognized });
      await refused.waitFor();
      expect(signins()).toBe(1);
      // …nor with the button, after which the autofill waits again.
      await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
      // The authenticator is present, so it may answer the autofill's new request too (refused
      // again): at least the button's.
      await expect.poll(signins).toBeGreaterThanOrEqual(2);
      await expect.poll(requests).toEqual(['conditional', 'optional', 'conditional']);
      await refused.waitFor();
      expect(new URL(page.url()).pathname).toBe('/signin');
      expect(await storedJwt(page)).toBeUndefined();
    },
    LONG_STORY_MS,
  );

  it(
    'asks an old sign-in to confirm it’s you, with a passkey or a code, then does the action',
    async () => {
      const { page } = await openAppPage();
      await signUpPastWelcome(page, 'cy@example.com');
      await offer(page).getByRole('button', { name: 'Add a passkey' }).click();
      await page.getByRole('region', { name: 'Passkey added' }).waitFor();
      const jwtBefore = await storedJwt(page);

      await ageSessionsOf('cy@example.com');
      await page.goto('/settings');
      await page.getByRole('button', { name: 'Remove Chrome on Linux' }).click();
      await page.getByRole('button', { name: 'Yes, remove' }).click();
      await confirmDialog(page).waitFor();
      expect(await rows(page).count()).toBe(1);
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      await saveScreenshot(page, 'confirm-its-you');
      await page.setViewportSize(PHONE.viewport!);
      expect(await contentWidth(page)).toBeLessThanOrEqual(375);
      await saveScreenshot(page, 'confirm-its-you-375');

      // Cancelled, nothing happens; asked again, a passkey confirms it and the removal goes on.
      await confirmDialog(page).getByRole('button', { name: 'Cancel' }).click();
      expect(await confirmDialog(page).count()).toBe(0);
      await page.getByRole('button', { name: 'Yes, remove' }).click();
      await confirmDialog(page).getByRole('button', { name: 'Use a passkey' }).click();
      await page.getByText('You have no passkeys yet.').waitFor();
      expect(await confirmDialog(page).count()).toBe(0);
      expect(await storedJwt(page)).not.toBe(jwtBefore);
      // The new session replaced the old one, which no longer shows as another device.
      await page.reload();
      const sessions = page.getByRole('list', { name: 'Your sessions' }).getByRole('listitem');
      await sessions.filter({ hasText: 'This device' }).waitFor();
      expect(await sessions.count()).toBe(1);

      // Old again: adding one asks too, and a code by email (here, development's own link) does.
      await ageSessionsOf('cy@example.com');
      await page.getByRole('button', { name: 'Add a passkey' }).click();
      await confirmDialog(page).getByRole('button', { name: 'Email me a code' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: 'Passkey added: Chrome on Linux' })
        .waitFor();
      expect(await confirmDialog(page).count()).toBe(0);
      await expect.poll(() => rows(page).count()).toBe(1);
    },
    LONG_STORY_MS,
  );
});
