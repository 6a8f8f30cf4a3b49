import type { TestSmtpServer } from '@dyocense/api/testing';
import type { ParsedMail } from 'mailparser';
import type { Page } from 'playwright-core';
import { submitSignupForm, type Signup } from './browser-test';

function isTo(mail: ParsedMail, email: string): boolean {
  const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
  return to.some((address) => address.value.some((entry) => entry.address === email));
}

/** Waits until `count` messages to `email` have arrived; resolves to them, oldest first. */
export async function mailsTo(
  smtp: TestSmtpServer,
  email: string,
  count = 1,
): Promise<ParsedMail[]> {
  for (;;) {
    const mails = smtp.received.filter((mail) => isTo(mail, email));
    if (mails.length >= count) return mails;
    await smtp.waitFor(smtp.received.length + 1);
  }
}

/** The `/verify?token=…` path and query of the link in an email's text, to open on any origin. */
export function verifyPathIn(mail: ParsedMail): string {
  const link = /https?:\/\/\S+\/verify\?\S+/.exec(mail.text ?? '')?.[0];
  if (!link) throw new Error(`No sign-in link in the email "${mail.subject ?? ''}"`);
  const url = new URL(link);
  return `${url.pathname}${url.search}`;
}

/** The one-time token in an emailed link. */
export function tokenIn(mail: ParsedMail): string {
  return new URL(verifyPathIn(mail), 'http://any').searchParams.get('token') ?? '';
}

/** The one-time code in a link's email, as it shows it ("1234 5678"). */
export function codeIn(mail: ParsedMail): string {
  const code = /code on the screen where you asked: (\d{4} \d{4})/.exec(mail.text ?? '')?.[1];
  if (!code) throw new Error(`No code in the email "${mail.subject ?? ''}"`);
  return code;
}

/** The `/invitation?token=…` path and query of the link in an invitation email. */
export function invitationPathIn(mail: ParsedMail): string {
  const link = /https?:\/\/\S+\/invitation\?\S+/.exec(mail.text ?? '')?.[0];
  if (!link) throw new Error(`No invitation link in the email "${mail.subject ?? ''}"`);
  const url = new URL(link);
  return `${url.pathname}${url.search}`;
}

/**
 * Signs up as a person would when email is delivered: the form, then the link from the email,
 * opened in the same page; waits for home. The address must be new to `smtp`.
 */
export async function signUpThroughEmail(
  page: Page,
  smtp: TestSmtpServer,
  signup: Signup,
): Promise<void> {
  await submitSignupForm(page, signup);
  await page.getByRole('heading', { name: 'Check your email' }).waitFor();
  const [mail] = await mailsTo(smtp, signup.email);
  await page.goto(verifyPathIn(mail!));
  await page.waitForURL('**/home');
  await page.getByRole('heading', { level: 1, name: signup.business_name }).waitFor();
}
