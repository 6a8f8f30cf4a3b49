import { describe, expect, it } from 'vitest';
import { pageWithProviders, PROVIDERS_ELEMENT_ID } from './web-app-page';

const SHELL = '<!doctype html><html><head><title>Dyocense</title></head><body></body></html>';

/** The providers as the browser reads them back: the element's text, parsed. */
function providersIn(page: string): unknown {
  const found = new RegExp(
    `<script type="application/json" id="${PROVIDERS_ELEMENT_ID}">(.*?)</script>`,
  ).exec(page);
  return found && JSON.parse(found[1] ?? '');
}

describe('the page with the sign-in providers in it', () => {
  it('carries them in the head as data, and nothing else changes', () => {
    const google = { id: 'google', name: 'Google', authorize_url: 'http://x/v1/auth/google' };
    const page = pageWithProviders(SHELL, [google]);
    expect(providersIn(page)).toEqual({ items: [google] });
    expect(page.replace(/<script.*<\/script>/, '')).toBe(SHELL);
    expect(page.indexOf(PROVIDERS_ELEMENT_ID)).toBeLessThan(page.indexOf('</head>'));
  });

  it('keeps a name that looks like markup inside the element, and $ patterns as they are', () => {
    const name = "</script><script>alert(1)</script> $' $&";
    const page = pageWithProviders(SHELL, [{ id: 'acme', name, authorize_url: '/a' }]);
    expect(page.match(/<\/script>/g)).toHaveLength(1);
    expect(providersIn(page)).toEqual({ items: [{ id: 'acme', name, authorize_url: '/a' }] });
  });

  it('refuses a shell without a head, rather than putting the data before the doctype', () => {
    expect(() => pageWithProviders('<div id="root"></div>', [])).toThrow(/no <\/head>/);
  });
});
