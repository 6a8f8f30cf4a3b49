import type { OAuthProviderConfig } from '@dyocense/api';
import { z } from 'zod';
import { ConfigError } from './env';

/** `OAUTH_<NAME>_<SETTING>`: one provider per NAME (letters and digits). */
const PROVIDER_VARIABLE = /^OAUTH_([A-Z][A-Z0-9]*)_(CLIENT_ID|CLIENT_SECRET|ISSUER|NAME)$/;

const PRESETS: Record<string, { name: string; issuer?: string }> = {
  GOOGLE: { name: 'Google', issuer: 'https://accounts.google.com' },
  GITHUB: { name: 'GitHub' },
};

const absoluteUrl = (variable: string) =>
  z.url({ error: `${variable} must be an absolute URL` }).optional();

function providerSchema(name: string) {
  const variable = (setting: string) => `OAUTH_${name}_${setting}`;
  return z.object({
    CLIENT_ID: z.string({ error: `${variable('CLIENT_ID')} is required` }).min(1),
    CLIENT_SECRET: z.string({ error: `${variable('CLIENT_SECRET')} is required` }).min(1),
    ISSUER: absoluteUrl(variable('ISSUER')),
    NAME: z
      .string()
      .max(40, `${variable('NAME')} must be at most 40 characters`)
      .optional(),
  });
}

function settingsOf(env: Record<string, string>, name: string): Record<string, string> {
  const prefix = `OAUTH_${name}_`;
  return Object.fromEntries(
    Object.entries(env)
      .filter(([key]) => key.startsWith(prefix) && PROVIDER_VARIABLE.test(key))
      .map(([key, value]) => [key.slice(prefix.length), value]),
  );
}

function issuerFor(name: string, issuer: string | undefined, production: boolean): string {
  const resolved = issuer ?? PRESETS[name]?.issuer;
  if (!resolved) {
    throw new ConfigError(
      `OAUTH_${name}_ISSUER is required: the OpenID Connect issuer, e.g. https://login.example.com (discovery at <issuer>/.well-known/openid-configuration)`,
    );
  }
  if (production && !resolved.startsWith('https://')) {
    throw new ConfigError(`OAUTH_${name}_ISSUER must use https when NODE_ENV=production`);
  }
  return resolved;
}

function githubUrls(env: Record<string, string>): { webUrl: string; apiUrl: string } {
  const parsed = z
    .object({
      OAUTH_GITHUB_URL: absoluteUrl('OAUTH_GITHUB_URL'),
      OAUTH_GITHUB_API_URL: absoluteUrl('OAUTH_GITHUB_API_URL'),
    })
    .safeParse(env);
  if (!parsed.success) throw new ConfigError(parsed.error.issues[0]?.message ?? 'OAUTH_GITHUB_URL');
  const webUrl = (parsed.data.OAUTH_GITHUB_URL ?? 'https://github.com').replace(/\/+$/, '');
  // GitHub Enterprise Server answers its API under /api/v3 of the same address.
  const apiUrl =
    parsed.data.OAUTH_GITHUB_API_URL ??
    (parsed.data.OAUTH_GITHUB_URL ? `${webUrl}/api/v3` : 'https://api.github.com');
  return { webUrl, apiUrl };
}

/**
 * The sign-in providers from `OAUTH_<NAME>_CLIENT_ID`, `…_CLIENT_SECRET` and, for any provider
 * but the Google and GitHub presets, `…_ISSUER`. A provider with a missing or bad setting stops
 * the start with a message naming the variable (never its value).
 */
export function readOAuthProviders(
  env: Record<string, string>,
  nodeEnv: string,
): OAuthProviderConfig[] {
  const names = new Set(Object.keys(env).flatMap((key) => PROVIDER_VARIABLE.exec(key)?.[1] ?? []));
  return [...names].sort().map((name): OAuthProviderConfig => {
    const parsed = providerSchema(name).safeParse(settingsOf(env, name));
    if (!parsed.success) {
      throw new ConfigError(parsed.error.issues.map((issue) => issue.message).join('; '));
    }
    const settings = parsed.data;
    const common = {
      id: name.toLowerCase(),
      name: settings.NAME ?? PRESETS[name]?.name ?? name.charAt(0) + name.slice(1).toLowerCase(),
      clientId: settings.CLIENT_ID,
      clientSecret: settings.CLIENT_SECRET,
    };
    if (name === 'GITHUB') {
      if (settings.ISSUER) {
        throw new ConfigError(
          'OAUTH_GITHUB_ISSUER is not used: GitHub is not OpenID Connect; set OAUTH_GITHUB_URL for GitHub Enterprise Server',
        );
      }
      return { kind: 'github', ...common, ...githubUrls(env) };
    }
    const issuer = issuerFor(name, settings.ISSUER, nodeEnv === 'production');
    return { kind: 'oidc', ...common, issuer };
  });
}
