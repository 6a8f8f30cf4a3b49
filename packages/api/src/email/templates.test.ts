import { describe, expect, it } from 'vitest';
import { describeDuration, renderEmail } from './templates';

const TOKEN = 'AbC123_-tokenvalue-that-is-forty-three-chars';
const LINK = `https://app.example.com/verify?token=${TOKEN}&next=/home`;

function occurrences(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

/** Whether the token shows anywhere in the HTML but in the (escaped) link itself. */
function tokenOutsideLink(html: string, link: string): boolean {
  return html.replaceAll(link.replaceAll('&', '&amp;'), '').includes(TOKEN);
}

describe('email templates', () => {
  it.each(['verify_signup', 'signin'] as const)(
    'puts the token of a %s email only in its link, in both parts',
    (template) => {
      const email = renderEmail(
        template,
        { name: 'Ada', business_name: 'Shop', ttl_seconds: 900 },
        LINK,
      );
      expect(occurrences(email.text, TOKEN)).toBe(1);
      expect(occurrences(email.text, LINK)).toBe(1);
      expect(tokenOutsideLink(email.html, LINK)).toBe(false);
      expect(email.html).toContain(`href="${LINK.replace('&', '&amp;')}"`);
      expect(email.subject).not.toContain(TOKEN);
      expect(email.text).toContain('expires in 15 minutes');
      expect(email.text).toContain('If you did not ask for this');
      expect(email.text).toMatch(/^[^\n]+\n\nHi Ada,\n/);
    },
  );

  it.each(['verify_signup', 'signin'] as const)(
    'shows the code of a %s email as "1234 5678" in both parts, never in the subject',
    (template) => {
      const params = {
        name: 'Ada',
        business_name: 'Shop',
        ttl_seconds: 900,
        code_ttl_seconds: 600,
      };
      const email = renderEmail(template, params, LINK, '01234567');
      const line =
        'Or enter this code on the screen where you asked: 0123 4567. It works for 10 minutes, in that browser only.';
      expect(email.text).toContain(line);
      expect(email.html).toContain('>0123 4567</p>');
      expect(email.html).toContain('It works for 10 minutes, in that browser only.');
      expect(email.subject).not.toMatch(/[0-9]/);
      expect(email.text).toContain('until the link or the code is used');
      const without = renderEmail(template, params, LINK);
      expect(without.text).not.toContain('0123');
      expect(without.text).not.toContain('enter this code');
      expect(without.text).toContain('until the link is used');
    },
  );

  it('names the business and escapes it in HTML', () => {
    const email = renderEmail(
      'verify_signup',
      { name: 'Eve', business_name: '<b>Evil</b> & Sons', ttl_seconds: 86_400 },
      LINK,
    );
    expect(email.subject).toBe('Finish setting up <b>Evil</b> & Sons on Dyocense');
    expect(email.html).toContain('&lt;b&gt;Evil&lt;/b&gt; &amp; Sons');
    expect(email.html).not.toContain('<b>Evil</b>');
    expect(email.text).toContain('expires in 24 hours');
  });

  it('tells a person without an account how to sign up, with no token at all', () => {
    const email = renderEmail('no_account', { signup_url: 'https://app.example.com/signup' }, null);
    expect(email.subject).toBe('Sign-in attempt on Dyocense');
    expect(email.text).toContain('there is no account for it');
    expect(email.text).toContain('https://app.example.com/signup');
    expect(email.html).toContain('href="https://app.example.com/signup"');
  });

  it('invites to a business by name, naming the inviter and role, the token only in its link', () => {
    const link = `https://app.example.com/invitation?token=${TOKEN}`;
    const params = {
      tenant_name: 'Shop & Co',
      inviter: 'Ada',
      role: 'admin',
      ttl_seconds: 604_800,
    };
    const email = renderEmail('invitation', params, link);
    expect(email.subject).toBe('Join Shop & Co on Dyocense');
    expect(email.text).toContain('Ada invited you to join Shop & Co on Dyocense as an admin.');
    expect(email.text).toContain('expires in 7 days');
    expect(occurrences(email.text, TOKEN)).toBe(1);
    expect(tokenOutsideLink(email.html, link)).toBe(false);
    expect(email.html).toContain(`href="${link}"`);
    expect(email.html).toContain('Shop &amp; Co');
    // Nobody asked for an invitation: its closing line says so, not "if you did not ask".
    expect(email.text).toContain(
      'If you do not expect this invitation, you can ignore this email.',
    );
    expect(email.text).not.toContain('did not ask');
    const byService = renderEmail(
      'invitation',
      { ...params, inviter: undefined, role: 'member' },
      link,
    );
    expect(byService.text).toContain('You are invited to join Shop & Co on Dyocense as a member.');
  });

  it.each([
    [604_800, '7 days'],
    [86_400, '24 hours'],
    [3_600, '1 hour'],
    [900, '15 minutes'],
    [60, '1 minute'],
  ])('describes %i seconds as %s', (seconds, text) => {
    expect(describeDuration(seconds)).toBe(text);
  });
});
