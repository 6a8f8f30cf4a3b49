import { describe, expect, it } from 'vitest';
import { LINK_INTRO } from './email-content';
import { escapeHtml } from './escape-html';
import { renderEmail, type EmailTemplate, type TemplateParams } from './templates';
import { decodeHtml } from './testing/decode-html';

const PARAMS: TemplateParams = {
  name: 'Ada',
  business_name: 'Shop & Co',
  ttl_seconds: 900,
  code_ttl_seconds: 600,
  signup_url: 'https://app.example.com/signup',
  tenant_name: 'Shop & Co',
  inviter: 'Ada',
  role: 'admin',
};
const LINK = 'https://app.example.com/verify?token=AbC123_-token&next=/home';

/** Each template as the service sends it: the sign-in and sign-up ones with a code. */
const EMAILS: [EmailTemplate, string][] = [
  ['verify_signup', LINK],
  ['signin', LINK],
  ['no_account', PARAMS.signup_url!],
  ['invitation', 'https://app.example.com/invitation?token=AbC123_-token'],
];

function render(template: EmailTemplate, link: string) {
  const code = template === 'verify_signup' || template === 'signin' ? '01234567' : null;
  return renderEmail(template, PARAMS, template === 'no_account' ? null : link, code);
}

/** Every link's address and its text, decoded. */
function anchorsOf(html: string): { href: string; text: string }[] {
  return [...html.matchAll(/<a href="([^"]*)"[^>]*>([^<]*)<\/a>/g)].map(([, href, text]) => ({
    href: decodeHtml(href!),
    text: decodeHtml(text!),
  }));
}

/** The words a reader meets in the body, in order, punctuation aside. */
function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}
const bodyTextOf = (html: string) =>
  decodeHtml(html.slice(html.indexOf('<body')).replace(/<[^>]*>/g, ' '));

describe('the layout of every email', () => {
  it.each(EMAILS)('%s: a whole page, in English, titled with its subject', (template, link) => {
    const { html, subject } = render(template, link);
    expect(html).toMatch(/^<!doctype html>\n<html lang="en"[ >]/);
    expect(html).toContain(`<title>${escapeHtml(subject)}</title>`);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain('<meta name="color-scheme" content="light">');
    expect(html).toContain('max-width:560px');
  });

  it.each(EMAILS)(
    '%s: the button and the link written out lead to the same place',
    (template, link) => {
      const { html } = render(template, link);
      const anchors = anchorsOf(html);
      expect(anchors).toHaveLength(2);
      expect(anchors.map((anchor) => anchor.href)).toEqual([link, link]);
      expect(anchors[1]!.text).toBe(anchors[0]!.href);
    },
  );

  it.each(EMAILS)('%s: loads nothing from anywhere and runs nothing', (template, link) => {
    const { html } = render(template, link);
    expect(html).not.toMatch(/<(script|img|link|style|iframe|object)\b|\bsrc=|url\(|@import/i);
    // The only addresses are the link's own.
    expect(html.replaceAll(escapeHtml(link), '')).not.toMatch(/https?:/);
  });

  it.each(EMAILS)(
    '%s: the text part says what the HTML part says, in the same order',
    (template, link) => {
      const { html, text } = render(template, link);
      const lines = text.split('\n');
      expect(lines).toContain(link);
      expect(lines[lines.indexOf(link) - 1]).toMatch(/^\S.*:$/);
      // The HTML adds only its wordmark and a line above the link written out.
      const shown = bodyTextOf(html)
        .replace(/^\s*Dyocense/, '')
        .replace(LINK_INTRO, '');
      expect(wordsOf(shown)).toEqual(wordsOf(text));
    },
  );
});
