import type { OAuthProviderConfig } from '@dyocense/api';
import { z } from 'zod';
import { ConfigError } from './config-error';
import { withoutTrailingSlash } from './values';

/** `OAUTH_<NAME>_<SETTING>`: one provider per NAME (letters and digits). */
const PROVIDER_VARIABLE = /^OAUTH_([A-Z][A-Z0-9]*)_(CLIENT_ID|CLIENT_SECRET|ISSUER|NAME)$/;

const PRESETS: Record<string, { name: string; issuer?: string }> = {
  GOOGLE: { name: 'Google', issuer: 'https://accounts.google.com' },
  GITHUB: { name: 'GitHub' },
};

const GITHUB_WEB_URL = 'https://github.com';
const GITHUB_API_URL = 'https://api.github.com';

const absoluteUrl = (variable: string) =>
  z.url({ error: `${variable} must be an absolute URL` }).optional();

/** One provider's settings, without their `OAUTH_<NAME>_` prefix. */
function providerSchema(name: string) {
  const variable = (setting: string) => `OAUTH_${name}_${setting}`;
  return z.object({
    CLIENT_ID: z
      .string({ error: `${variable('CLIENT_ID')} is required` })
      .min(1)
      .meta({
        description:
          "a sign-in provider's client id (NAME: letters and digits, e.g. `GOOGLE`, `GITHUB`, `OKTA`); setting it turns the provider on",
      }),
    CLIENT_SECRET: z
      .string({ error: `${variable('CLIENT_SECRET')} is required` })
      .min(1)
      .meta({ description: "the provider's client secret; never logged" }),
    ISSUER: absoluteUrl(variable('ISSUER')).meta({
      description:
        'an OpenID Connect issuer, found by discovery (`<issuer>/.well-known/openid-configuration`); required for any NAME but the presets; `https` in production; not for `GITHUB`',
      defaultText: "Google's for `GOOGLE`",
    }),
    NAME: z
      .string()
      .max(40, `${variable('NAME')} must be at most 40 characters`)
      .optional()
      .meta({
        description: 'what the "Continue with …" button says, at most 40 characters',
        defaultText: `${Object.values(PRESETS)
          .map((preset) => `\`${preset.name}\``)
          .join(', ')}, NAME`,
      }),
  });
}

const githubSchema = z.object({
  OAUTH_GITHUB_URL: absoluteUrl('OAUTH_GITHUB_URL').meta({
    description: 'for GitHub Enterprise Server: its address',
    defaultText: `\`${GITHUB_WEB_URL}\``,
  }),
  OAUTH_GITHUB_API_URL: absoluteUrl('OAUTH_GITHUB_API_URL').meta({
    description: "for GitHub Enterprise Server: its API's address",
    defaultText: `\`${GITHUB_API_URL}\`, or \`$OAUTH_GITHUB_URL/api/v3\``,
  }),
});

/** Every provider variable, NAME standing for the provider's: what docs/configuration.md lists. */
export const signInProvidersSchema = z
  .object({
    ...Object.fromEntries(
      Object.entries(providerSchema('<NAME>').shape).map(([setting, schema]) => [
        `OAUTH_<NAME>_${setting}`,
        schema,
      ]),
    ),
    ...githubSchema.shape,
  })
  .meta({ title: 'Sign-in providers' });

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
  const parsed = githubSchema.safeParse(env);
  if (!parsed.success) throw new ConfigError(parsed.error.issues[0]?.message ?? 'OAUTH_GITHUB_URL');
  const webUrl = withoutTrailingSlash(parsed.data.OAUTH_GITHUB_URL ?? GITHUB_WEB_URL);
  // GitHub Enterprise Server answers its API under /api/v3 of the same address.
  const apiUrl =
    parsed.data.OAUTH_GITHUB_API_URL ??
    (parsed.data.OAUTH_GITHUB_URL ? `${webUrl}/api/v3` : GITHUB_API_URL);
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
