import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextPathOrHome, safeNextPath } from './next-path';

const SITE = 'https://accounts.example.com';

/** What a browser does with the path: the URL it would navigate to. */
const resolvedByBrowser = (path: string) => new URL(path, SITE);

/** The path as a router may decode it; a malformed escape stays as it is. */
function decodedOnce(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

describe('safeNextPath', () => {
  it.each([
    ['/home', '/home'],
    ['/home?tab=plans#tasks', '/home?tab=plans#tasks'],
    ['/settings', '/settings'],
    ['/a/../home', '/home'],
    ['/a/./b', '/a/b'],
    ['/a/../../evil', '/evil'],
    ['/@evil.com', '/@evil.com'],
    ['/a//b', '/a//b'],
    ['/home?back=%2F%2Fevil.com', '/home?back=%2F%2Fevil.com'],
    ['/café', '/caf%C3%A9'],
  ])('keeps the same-site path %s as %s', (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['an empty value', ''],
    ['a dot segment before two slashes', '/.//evil.com'],
    ['a parent segment before two slashes', '/a/..//evil.com'],
    ['parent segments above the root before two slashes', '/../..//evil.com'],
    ['a protocol-relative URL', '//evil.com'],
    ['a protocol-relative URL with a path', '//evil.com/home'],
    ['a backslash that browsers read as a slash', '/\\evil.com'],
    ['two backslashes', '\\\\evil.com'],
    ['a backslash after a dot segment', '/./\\evil.com'],
    ['encoded slashes', '/%2F%2Fevil.com'],
    ['lower-case encoded slashes', '/%2f%2fevil.com'],
    ['an encoded backslash', '/%5Cevil.com'],
    ['encoded dot segments', '/%2e%2e/%2e%2e//evil.com'],
    ['an encoded NUL', '/home%00'],
    ['a tab that browsers strip', '/\t/evil.com'],
    ['a newline that browsers strip', '/\n/evil.com'],
    ['a carriage return', '/\r/evil.com'],
    ['a NUL', '/home\u0000'],
    ['a C1 control', '/home\u0085'],
    ['an absolute URL', 'https://evil.com'],
    ['an absolute URL to this site over http', 'http://accounts.example.com/home'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a data: URL', 'data:text/html,<script>alert(1)</script>'],
    ['a relative path', 'home'],
    ['a leading space', ' /home'],
    ['more than 512 characters', `/${'a'.repeat(512)}`],
  ])('refuses %s', (_, next) => {
    expect(safeNextPath(next)).toBeUndefined();
    expect(nextPathOrHome(next)).toBe('/home');
  });

  // The whole of Unicode, weighted towards the characters that matter to URL parsing.
  const risky = fc.constantFrom(
    '/',
    '\\',
    '.',
    '%',
    '2f',
    '5c',
    '2e',
    '?',
    '#',
    ':',
    '@',
    '\t',
    '\n',
  );
  const anyValue = fc.oneof(
    fc.string({ unit: 'binary' }),
    fc
      .array(fc.oneof(risky, fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 12 })
      .map((parts) => `/${parts.join('')}`),
  );

  it('whatever it accepts, a browser resolves to this site, to the same path, and it is stable', () => {
    fc.assert(
      fc.property(anyValue, (value) => {
        const path = safeNextPath(value);
        if (path === undefined) return;
        expect(path.startsWith('/') && !path.startsWith('//')).toBe(true);
        expect([...path].some((c) => c <= ' ' || c === '\x7f' || c === '\\')).toBe(false);
        const url = resolvedByBrowser(path);
        expect(url.origin).toBe(SITE);
        expect(`${url.pathname}${url.search}${url.hash}`).toBe(path);
        expect(safeNextPath(path)).toBe(path);
        // Decoding the path once (as a router may) must not make it leave the site either.
        expect(decodedOnce(url.pathname).startsWith('//')).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});
