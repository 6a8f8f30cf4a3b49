/** What an email says, before it is laid out as text or HTML: both parts say it in this order. */
export interface EmailContent {
  subject: string;
  /** The first line, as the screen the link leads to names it ("Sign in to Dyocense"). */
  heading: string;
  greeting: string;
  paragraphs: string[];
  button: { label: string; url: string };
  /** A one-time code, after the link: the code as shown ("1234 5678") and how long it works. */
  code?: { shown: string; lifetime: string } | undefined;
  /** What to do if this email was not expected, in a lighter colour. */
  closing: string;
  /** Why the person got this email, in the footer. */
  reason: string;
}

export const SIGN_OFF = '— Dyocense';

/** Above the link written out in HTML, for a mail client that shows no button. */
export const LINK_INTRO = 'If the button does not work, copy this link into your browser:';

export const CODE_INTRO = 'Or enter this code on the screen where you asked:';

export function codeLifetime(lifetime: string): string {
  return `It works for ${lifetime}, in that browser only.`;
}
