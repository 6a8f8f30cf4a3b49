import type { TestSmtpServer } from '@dyocense/api/testing';
import type { ParsedMail } from 'mailparser';

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
