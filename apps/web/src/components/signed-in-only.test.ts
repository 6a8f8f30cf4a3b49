import { describe, expect, it } from 'vitest';
import { signinPathFor } from './signed-in-only';

describe('signinPathFor', () => {
  it('asks the sign-in page to come back to the page that was opened', () => {
    expect(signinPathFor('/settings?tab=members', 'none')).toBe(
      '/signin?next=%2Fsettings%3Ftab%3Dmembers',
    );
    expect(signinPathFor('/settings', 'expired')).toBe('/signin?next=%2Fsettings');
  });

  it('leaves out the home page, where signing in goes anyway', () => {
    expect(signinPathFor('/home', 'none')).toBe('/signin');
  });

  it.each(['signed-out', 'signed-out-everywhere'] as const)(
    'does not come back after %s: the person chose to leave',
    (reason) => {
      expect(signinPathFor('/settings', reason)).toBe('/signin');
    },
  );
});
