import { generatePrivateKeyPem } from '@dyocense/api';
import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../env';

const SECRET = 'very-secret-client-secret';

function refusal(env: Record<string, string>): string {
  try {
    readConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected the configuration to be refused');
}

describe('sign-in providers from the environment', () => {
  it('has none unless configured', () => {
    expect(readConfig({}).oauthProviders).toEqual([]);
  });

  it('reads the Google and GitHub presets from a client id and secret', () => {
    const { oauthProviders } = readConfig({
      OAUTH_GOOGLE_CLIENT_ID: 'google-id',
      OAUTH_GOOGLE_CLIENT_SECRET: SECRET,
      OAUTH_GITHUB_CLIENT_ID: 'github-id',
      OAUTH_GITHUB_CLIENT_SECRET: SECRET,
    });
    expect(oauthProviders).toEqual([
      {
        kind: 'github',
        id: 'github',
        name: 'GitHub',
        clientId: 'github-id',
        clientSecret: SECRET,
        webUrl: 'https://github.com',
        apiUrl: 'https://api.github.com',
      },
      {
        kind: 'oidc',
        id: 'google',
        name: 'Google',
        clientId: 'google-id',
        clientSecret: SECRET,
        issuer: 'https://accounts.google.com',
      },
    ]);
  });

  it('finds GitHub Enterprise Server’s API under its address', () => {
    const [github] = readConfig({
      OAUTH_GITHUB_CLIENT_ID: 'id',
      OAUTH_GITHUB_CLIENT_SECRET: SECRET,
      OAUTH_GITHUB_URL: 'https://git.example.com/',
    }).oauthProviders;
    expect(github).toMatchObject({
      webUrl: 'https://git.example.com',
      apiUrl: 'https://git.example.com/api/v3',
    });
  });

  it('reads any OpenID Connect provider by its issuer, with an optional display name', () => {
    const [okta] = readConfig({
      OAUTH_OKTA_CLIENT_ID: 'okta-id',
      OAUTH_OKTA_CLIENT_SECRET: SECRET,
      OAUTH_OKTA_ISSUER: 'https://example.okta.com',
      OAUTH_OKTA_NAME: 'Okta SSO',
    }).oauthProviders;
    expect(okta).toMatchObject({ kind: 'oidc', id: 'okta', name: 'Okta SSO' });
  });

  it('names a missing setting, never a secret’s value', () => {
    const missingIssuer = refusal({ OAUTH_OKTA_CLIENT_ID: 'id', OAUTH_OKTA_CLIENT_SECRET: SECRET });
    expect(missingIssuer).toMatch(/OAUTH_OKTA_ISSUER is required/);
    expect(missingIssuer).not.toContain(SECRET);

    const missingSecret = refusal({ OAUTH_GOOGLE_CLIENT_ID: 'id' });
    expect(missingSecret).toMatch(/OAUTH_GOOGLE_CLIENT_SECRET is required/);

    expect(
      refusal({
        OAUTH_OKTA_CLIENT_ID: 'id',
        OAUTH_OKTA_CLIENT_SECRET: SECRET,
        OAUTH_OKTA_ISSUER: 'not a url',
      }),
    ).toMatch(/OAUTH_OKTA_ISSUER must be an absolute URL/);
  });

  it('refuses an issuer over plain HTTP in production, and an issuer for GitHub', () => {
    const production = {
      NODE_ENV: 'production',
      PUBLIC_URL: 'https://accounts.example.com',
      ACCOUNTS_JWT_PRIVATE_KEY: generatePrivateKeyPem('EdDSA'),
      SMTP_HOST: 'smtp.example.com',
      SMTP_FROM: 'Dyocense <hello@example.com>',
    };
    expect(
      refusal({
        ...production,
        OAUTH_OKTA_CLIENT_ID: 'id',
        OAUTH_OKTA_CLIENT_SECRET: SECRET,
        OAUTH_OKTA_ISSUER: 'http://login.example.com',
      }),
    ).toMatch(/OAUTH_OKTA_ISSUER must use https/);
    expect(
      refusal({
        OAUTH_GITHUB_CLIENT_ID: 'id',
        OAUTH_GITHUB_CLIENT_SECRET: SECRET,
        OAUTH_GITHUB_ISSUER: 'https://github.com',
      }),
    ).toMatch(/OAUTH_GITHUB_ISSUER is not used/);
  });
});
