/** A web mailbox the "Check your email" screen offers to open: "Open Gmail". */
export interface Mailbox {
  name: string;
  url: string;
}

const GMAIL: Mailbox = { name: 'Gmail', url: 'https://mail.google.com/mail/u/0/#inbox' };
const OUTLOOK: Mailbox = { name: 'Outlook', url: 'https://outlook.live.com/mail/0/' };
const YAHOO: Mailbox = { name: 'Yahoo Mail', url: 'https://mail.yahoo.com/' };
const ICLOUD: Mailbox = { name: 'iCloud Mail', url: 'https://www.icloud.com/mail' };
const PROTON: Mailbox = { name: 'Proton Mail', url: 'https://mail.proton.me/u/0/inbox' };

const MAILBOX_BY_DOMAIN: Record<string, Mailbox> = {
  'gmail.com': GMAIL,
  'googlemail.com': GMAIL,
  'outlook.com': OUTLOOK,
  'hotmail.com': OUTLOOK,
  'live.com': OUTLOOK,
  'msn.com': OUTLOOK,
  'icloud.com': ICLOUD,
  'me.com': ICLOUD,
  'proton.me': PROTON,
  'protonmail.com': PROTON,
};

// yahoo.com, yahoo.co.uk, yahoo.fr…: one mailbox for every country's domain.
const YAHOO_DOMAIN = /^yahoo\.[a-z]{2,3}(\.[a-z]{2})?$/;

/**
 * The web mailbox an address's domain says it lives in, or undefined for any other domain
 * (a company's own, say), where guessing would send the person to the wrong place.
 */
export function mailboxFor(email: string): Mailbox | undefined {
  const domain = email
    .slice(email.lastIndexOf('@') + 1)
    .trim()
    .toLowerCase();
  if (!email.includes('@') || !domain) return undefined;
  return MAILBOX_BY_DOMAIN[domain] ?? (YAHOO_DOMAIN.test(domain) ? YAHOO : undefined);
}
