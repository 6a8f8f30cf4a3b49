import { describe, expect, it } from 'vitest';
import { safeNextPath } from './safe-next-path';

const ORIGIN = 'https://accounts.example.com';

describe('safeNextPath', () => {
  it.each([
    ['/home', '/home'],
    ['/home?tab=plans#tasks', '/home?tab=plans#tasks'],
    ['/signup', '/signup'],
    ['/a/../home', '/home'],
    ['/@evil.com', '/@evil.com'],
  ])('keeps the same-origin path %s', (next, expected) => {
    expect(safeNextPath(next, ORIGIN)).toBe(expected);
  });

  it.each([
    ['nothing', null],
    ['an empty value', ''],
    ['a protocol-relative URL', '//evil.com'],
    ['a protocol-relative URL with a path', '//evil.com/home'],
    ['a backslash that browsers read as a slash', '/\\evil.com'],
    ['two backslashes', '\\\\evil.com'],
    ['a tab that browsers strip', '/\t/evil.com'],
    ['a newline that browsers strip', '/\n/evil.com'],
    ['an absolute URL', 'https://evil.com'],
    ['an absolute URL to this origin over http', 'http://accounts.example.com/home'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a data: URL', 'data:text/html,<script>alert(1)</script>'],
    ['a relative path', 'home'],
  ])('sends %s to /home', (_, next) => {
    expect(safeNextPath(next, ORIGIN)).toBe('/home');
  });
});
