import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from './testing/decode-html';
import { renderEmail, type EmailTemplate, type TemplateParams } from './templates';

const TEMPLATES: EmailTemplate[] = ['verify_signup', 'signin', 'no_account', 'invitation'];
const BENIGN: TemplateParams = {
  name: 'Ada',
  business_name: 'Shop',
  ttl_seconds: 900,
  signup_url: 'https://app.example.com/signup',
  tenant_name: 'Shop',
  inviter: 'Ada',
  role: 'admin',
};
const BENIGN_LINK = 'https://app.example.com/verify?token=abc';

const TAG = /<[^>]*>/g;

/** The markup with every attribute value blanked: what a parameter must never change. */
const markupOf = (html: string) =>
  (html.match(TAG) ?? []).map((tag) => tag.replace(/"[^"]*"/g, '""'));
const textOf = (html: string) => html.split(TAG).join('\n');
const hrefOf = (html: string) => decodeHtml(/href="([^"]*)"/.exec(html)?.[1] ?? '');

// Any Unicode, weighted towards what HTML treats specially.
const special = fc.constantFrom(
  '<',
  '>',
  '&',
  '"',
  "'",
  '<script>',
  '&amp;',
  '"><img src=x>',
  '\u0000',
);
const value = fc
  .array(fc.oneof(special, fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: 8 })
  .map((parts) => parts.join(''));
const params = fc.record({
  name: value,
  business_name: value,
  signup_url: value,
  tenant_name: value,
  inviter: value,
  role: value,
  ttl_seconds: fc.integer({ min: 60, max: 604_800 }),
});

describe('email templates escape every parameter in HTML', () => {
  it.each(TEMPLATES)('%s: no parameter adds markup, and each reads back exactly', (template) => {
    const benign = markupOf(renderEmail(template, BENIGN, BENIGN_LINK).html);
    fc.assert(
      fc.property(params, value, (given, link) => {
        const { html } = renderEmail(template, given, link);
        expect(markupOf(html)).toEqual(benign);
        // Outside the markup only escaped text: no raw specials, no `&` that is not an entity.
        expect(textOf(html)).not.toMatch(/[<>"']|&(?!(?:amp|lt|gt|quot|#39);)/);
        const text = decodeHtml(textOf(html));
        if (!['no_account', 'invitation'].includes(template) && given.name) {
          expect(text).toContain(`Hi ${given.name},`);
        }
        if (template === 'verify_signup') expect(text).toContain(`for ${given.business_name}.`);
        if (template === 'invitation') {
          const who = given.inviter ? `${given.inviter} invited you` : 'You are invited';
          expect(text).toContain(`${who} to join ${given.tenant_name || 'a business'} on`);
        }
        const expectedLink = template === 'no_account' ? given.signup_url : link;
        expect(hrefOf(html)).toBe(expectedLink);
        // The link written out under the button reads back exactly too.
        expect(text).toContain(`\n${expectedLink}\n`);
      }),
      { numRuns: 300 },
    );
  });
});
