import { describe, expect, it } from 'vitest';
import { readConfig } from '../env';

/** The problems readConfig reports for `env`, one a line. */
function problemsOf(env: Record<string, string>): string[] {
  try {
    readConfig(env);
  } catch (error) {
    return (error as Error).message
      .split('\n')
      .slice(1)
      .map((line) => line.trim());
  }
  return [];
}

describe('the passkey settings', () => {
  it('bind passkeys to the web app’s host, and ask for a sign-in in the last 10 minutes, by default', () => {
    const config = readConfig({ FRONTEND_URL: 'https://app.example.com' });
    expect(config.webauthnRpId).toBeUndefined();
    expect(config.freshSigninSeconds).toBe(600);
  });

  it('take the web app’s host or a parent domain of it as the RP ID', () => {
    for (const rpId of ['app.example.com', 'example.com']) {
      const config = readConfig({ FRONTEND_URL: 'https://app.example.com', WEBAUTHN_RP_ID: rpId });
      expect(config.webauthnRpId).toBe(rpId);
    }
    expect(readConfig({ FRESH_SIGNIN_SECONDS: '120' }).freshSigninSeconds).toBe(120);
  });

  it('refuse at start an RP ID browsers would refuse on the web app, naming the variable', () => {
    const env = { FRONTEND_URL: 'https://app.example.com' };
    for (const rpId of ['other.example', 'ample.com', 'www.app.example.com']) {
      expect(problemsOf({ ...env, WEBAUTHN_RP_ID: rpId })).toEqual([
        'WEBAUTHN_RP_ID must be the host of FRONTEND_URL (app.example.com) or a parent domain of it: browsers refuse passkeys for any other',
      ]);
    }
    for (const rpId of ['https://example.com', 'Example.com', 'example.com:443', 'example.com/']) {
      expect(problemsOf({ ...env, WEBAUTHN_RP_ID: rpId })).toEqual([
        'WEBAUTHN_RP_ID must be a lowercase host name such as example.com (no scheme, port or path)',
      ]);
    }
    expect(problemsOf({ FRESH_SIGNIN_SECONDS: '5' })).toHaveLength(1);
  });
});
