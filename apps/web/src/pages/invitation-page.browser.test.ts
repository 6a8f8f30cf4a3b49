import { getJson, postJson } from '@dyocense/server/testing';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../testing/axe';
import {
  saveScreenshot,
  signupFor,
  storedJwt,
  useWebApp,
  waitForNotice,
  LONG_STORY_MS,
} from '../testing/browser-test';
import { invitationPathIn, mailsTo, signUpThroughEmail } from '../testing/mailed-links';

describe('the invitation page', () => {
  const app = useWebApp({}, { mail: true });

  /** Invites `email` to the business `owner` is signed in to; resolves to the emailed link's path. */
  async function invite(owner: Page, email: string, role = 'member'): Promise<string> {
    const earlier = (await mailsTo(app.smtp, email, 0)).length;
    const jwt = await storedJwt(owner);
    const answer = await postJson(
      `${app.url}/v1/invitations`,
      { email, role },
      { authorization: `Bearer ${jwt}` },
    );
    expect(answer.status).toBe(200);
    const mails = await mailsTo(app.smtp, email, earlier + 1);
    return invitationPathIn(mails[earlier]!);
  }

  /** Removes the member with `email` from the business `owner` is signed in to, through the API. */
  async function removeMember(owner: Page, email: string): Promise<void> {
    const authorization = `Bearer ${await storedJwt(owner)}`;
    const list = await getJson(`${app.url}/v1/members`, { authorization });
    const { items } = list.body as { items: { user_id: string; email: string }[] };
    const member = items.find((item) => item.email === email);
    const removed = await fetch(`${app.url}/v1/members/${member?.user_id}`, {
      method: 'DELETE',
      headers: { authorization },
    });
    expect(removed.status).toBe(200);
  }

  function heading(page: Page, name: string) {
    return page.getByRole('heading', { level: 1, name }).waitFor();
  }

  it(
    'previews without accepting; the invited account, signed in, joins and switches between its businesses',
    async () => {
      const owner = app.page;
      await signUpThroughEmail(owner, app.smtp, signupFor('owner-join@example.com'));
      const bea = await app.openPage();
      const beaSignup = { email: 'bea-join@example.com', name: 'Bea', business_name: 'Bea Bakery' };
      await signUpThroughEmail(bea, app.smtp, beaSignup);
      const link = await invite(owner, 'bea-join@example.com', 'admin');

      // A mail scanner follows the link: it sees the invitation, and nothing is accepted.
      const scanner = await app.openPage();
      let accepts = 0;
      scanner.on('request', (request) => {
        if (/invitations\.(accept|join)/.test(request.url())) accepts += 1;
      });
      await scanner.goto(link);
      await scanner.getByText('Ada invited you to join Test Shop as an admin.').waitFor();
      expect(await scanner.getByLabel('Your name').count()).toBe(0);
      expect(accepts).toBe(0);

      await bea.goto(link);
      await bea.getByRole('button', { name: 'Join Test Shop' }).waitFor();
      expect(new URL(bea.url()).search).toBe('');
      expect(await axeViolations(bea)).toEqual([]);
      await bea.getByRole('button', { name: 'Join Test Shop' }).click();
      await bea.waitForURL('**/home');
      await heading(bea, 'Test Shop');

      const business = bea.getByLabel('Business', { exact: true });
      await bea.getByRole('option', { name: 'Bea Bakery' }).waitFor({ state: 'attached' });
      expect(await axeViolations(bea)).toEqual([]);
      await saveScreenshot(bea, 'tenant-switcher');
      const jwtInTestShop = await storedJwt(bea);
      await business.selectOption({ label: 'Bea Bakery' });
      await bea.getByRole('button', { name: 'Switch' }).click();
      await heading(bea, 'Bea Bakery');
      expect(await storedJwt(bea)).not.toBe(jwtInTestShop);
      await bea.reload();
      await heading(bea, 'Bea Bakery');

      // Removed from Test Shop while in it, Bea's next call moves the session to her own business.
      await business.selectOption({ label: 'Test Shop' });
      await bea.getByRole('button', { name: 'Switch' }).click();
      await heading(bea, 'Test Shop');
      await removeMember(owner, 'bea-join@example.com');
      await bea.getByRole('link', { name: 'Sessions' }).click();
      await bea.getByText('The people who work in Bea Bakery').waitFor();
      expect(await business.count()).toBe(0);
    },
    LONG_STORY_MS,
  );

  it('tells someone signed in as another address, who signs out and joins as the invited one', async () => {
    const owner = app.page;
    await signUpThroughEmail(owner, app.smtp, signupFor('owner-other@example.com'));
    const link = await invite(owner, 'cy@example.com');

    await owner.goto(link);
    const notice = owner.getByRole('region', { name: 'Signed in as another address' });
    expect(await notice.innerText()).toContain(
      'This invitation is for cy@example.com, but you are signed in as owner-other@example.com.',
    );
    expect(await axeViolations(owner)).toEqual([]);
    await notice.getByRole('button', { name: 'Sign out and continue' }).click();
    await owner.getByLabel('Your name').fill('Cy');
    await owner.getByRole('button', { name: 'Join Test Shop' }).click();
    await owner.waitForURL('**/home');
    await heading(owner, 'Test Shop');
    await owner.getByText('Signed in as Cy (cy@example.com)').waitFor();

    // Test Shop is Cy's only business: leaving it leaves nothing to be signed in to.
    await owner.goto('/settings');
    await owner.getByRole('button', { name: 'Leave this business' }).click();
    await owner.getByRole('button', { name: 'Yes, leave' }).click();
    await waitForNotice(owner, '/signin', 'You have signed out.');

    const later = await app.openPage();
    await later.goto(link);
    await heading(later, 'This invitation was already accepted');
  });

  it('explains an invitation that expired, was revoked, or is not one at all', async () => {
    const owner = app.page;
    await signUpThroughEmail(owner, app.smtp, signupFor('owner-problems@example.com'));
    const expired = await invite(owner, 'late@example.com');
    await app.database.db
      .updateTable('invitations')
      .set({ expires_at: new Date(Date.now() - 60_000) })
      .where('email', '=', 'late@example.com')
      .execute();
    const revoked = await invite(owner, 'gone@example.com');
    const resent = await invite(owner, 'again@example.com');
    await owner.goto('/settings');
    await owner.getByRole('button', { name: 'Revoke the invitation for gone@example.com' }).click();
    await owner
      .getByRole('button', { name: 'Resend the invitation for again@example.com' })
      .click();
    await owner.getByRole('status').filter({ hasText: 'We sent a new invitation' }).waitFor();
    await mailsTo(app.smtp, 'again@example.com', 2);
    expect(await owner.getByRole('listitem', { name: /^Invitation for / }).allInnerTexts()).toEqual(
      [expect.stringContaining('again@example.com'), expect.stringContaining('late@example.com')],
    );

    const visitor = await app.openPage();
    await visitor.goto(expired);
    await heading(visitor, 'This invitation has expired');
    expect(new URL(visitor.url()).search).toBe('');
    expect(await axeViolations(visitor)).toEqual([]);

    for (const link of [revoked, resent, '/invitation?token=not-a-real-token', '/invitation']) {
      await visitor.goto(link);
      await heading(visitor, 'This invitation is not valid');
    }
  });
});
