import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../testing/axe';
import {
  contentWidth,
  saveScreenshot,
  signupFor,
  useWebApp,
  waitForNotice,
  LONG_STORY_MS,
} from '../testing/browser-test';
import { invitationPathIn, mailsTo, signUpThroughEmail } from '../testing/mailed-links';

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { viewport: { width: 375, height: 740 } };

function members(page: Page) {
  return page.getByRole('list', { name: /^Members of / }).getByRole('listitem');
}

describe('members in Settings, with a real mail server', () => {
  const app = useWebApp({}, { mail: true });

  it(
    'invites a new person by email, who joins from the link; removing them ends their access',
    async () => {
      const owner = app.page;
      await owner.setViewportSize(DESKTOP);
      await signUpThroughEmail(owner, app.smtp, signupFor('owner@example.com'));

      await owner.goto('/settings');
      await owner.getByLabel('Their email').fill('bea@example.com');
      await owner.getByRole('button', { name: 'Send invitation' }).click();
      await owner.getByRole('status').filter({ hasText: 'We emailed an invitation' }).waitFor();
      await owner.getByRole('listitem', { name: 'Invitation for bea@example.com' }).waitFor();
      expect(await axeViolations(owner)).toEqual([]);
      await saveScreenshot(owner, 'members-owner');

      // The invitee opens the emailed link on a phone, in a browser of their own.
      const [mail] = await mailsTo(app.smtp, 'bea@example.com');
      const invitee = await app.openPage(PHONE);
      await invitee.goto(invitationPathIn(mail!));
      await invitee.getByText('Ada invited you to join Test Shop as a member.').waitFor();
      expect(new URL(invitee.url()).search).toBe('');
      expect(await contentWidth(invitee)).toBeLessThanOrEqual(375);
      expect(await axeViolations(invitee)).toEqual([]);
      await saveScreenshot(invitee, 'invitation-375');
      await invitee.getByLabel('Your name').fill('Bea');
      await invitee.getByRole('button', { name: 'Join Test Shop' }).click();
      await invitee.waitForURL('**/home');
      await invitee.getByRole('heading', { level: 1, name: 'Test Shop' }).waitFor();

      // A member sees the list, read-only, and it fits the phone.
      const otherTab = await invitee.context().newPage();
      await otherTab.goto('/settings');
      await expect.poll(() => members(otherTab).count()).toBe(2);
      expect(await otherTab.getByRole('button', { name: /^Remove / }).count()).toBe(0);
      expect(await otherTab.getByLabel('Their email').count()).toBe(0);
      expect(await contentWidth(otherTab)).toBeLessThanOrEqual(375);
      expect(await axeViolations(otherTab)).toEqual([]);
      await saveScreenshot(otherTab, 'members-member-375');

      await owner.reload();
      const bea = owner.getByRole('listitem', { name: 'Bea' });
      expect(await bea.innerText()).toContain('bea@example.com');
      expect(await owner.getByRole('listitem', { name: /^Invitation for / }).count()).toBe(0);
      await bea.getByLabel('Role of Bea', { exact: true }).selectOption('admin');
      await bea.getByRole('button', { name: 'Change the role of Bea' }).click();
      await expect
        .poll(() => bea.getByRole('button', { name: 'Change the role of Bea' }).isDisabled())
        .toBe(true);
      expect(await bea.getByLabel('Role of Bea', { exact: true }).inputValue()).toBe('admin');
      await bea.getByRole('button', { name: 'Remove Bea' }).click();
      expect(await axeViolations(owner)).toEqual([]);
      await owner.setViewportSize(PHONE.viewport);
      expect(await contentWidth(owner)).toBeLessThanOrEqual(375);
      await saveScreenshot(owner, 'members-owner-375');
      await bea.getByRole('button', { name: 'Yes, remove' }).click();
      await expect.poll(() => members(owner).count()).toBe(1);

      // The only owner cannot leave: the refusal reads as words, not a code.
      await owner.getByRole('button', { name: 'Leave this business' }).click();
      await owner.getByRole('button', { name: 'Yes, leave' }).click();
      await owner
        .getByRole('alert')
        .filter({ hasText: 'A business needs at least one owner.' })
        .waitFor();

      // The removed member's other tab loses the business on its next call.
      await otherTab.getByRole('link', { name: 'Back to your plans' }).click();
      await waitForNotice(otherTab, '/signin', 'Your session has ended');
    },
    LONG_STORY_MS,
  );
});
