import { describe, expect, it } from 'vitest';
import { readVerifyLink } from './verify-link';

describe('readVerifyLink', () => {
  it('reads the token and a same-origin next', () => {
    expect(
      readVerifyLink('https://app.example.com/verify?token=abc&next=%2Fhome%3Ftab%3Dplans'),
    ).toEqual({
      token: 'abc',
      next: '/home?tab=plans',
    });
  });

  it('has no token when the link lost it, and goes home by default', () => {
    expect(readVerifyLink('https://app.example.com/verify?token=%20')).toEqual({
      token: undefined,
      next: '/home',
    });
  });

  it.each(['//evil.com', '/.//evil.com', '/%2F%2Fevil.com'])(
    'goes home instead of to another site from %s',
    (next) => {
      const link = `https://app.example.com/verify?${new URLSearchParams({ token: 'abc', next })}`;
      expect(readVerifyLink(link).next).toBe('/home');
    },
  );

  it('goes where this browser was waiting to go, whatever next the emailed link names', () => {
    expect(readVerifyLink('https://app.example.com/verify?token=abc', '/settings').next).toBe(
      '/settings',
    );
    expect(
      readVerifyLink('https://app.example.com/verify?token=abc&next=%2Fhome', '/settings').next,
    ).toBe('/settings');
  });

  it('follows the link’s next rather than a kept one that leaves the site', () => {
    const link = 'https://app.example.com/verify?token=abc&next=%2Fsettings';
    expect(readVerifyLink(link, '//evil.com').next).toBe('/settings');
    expect(readVerifyLink('https://app.example.com/verify?token=abc', '//evil.com').next).toBe(
      '/home',
    );
  });
});
