import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIG_DOCS_PATH, withConfigTables } from './config-docs';
import { rateLimitRulesSchema } from './rate-limits';
import { DOCUMENTED_SECTIONS } from './sections';

describe('docs/configuration.md', () => {
  it('lists every variable as the schemas describe it', async () => {
    const written = readFileSync(CONFIG_DOCS_PATH, 'utf8');
    expect(
      written,
      'docs/configuration.md is stale: run `npm run docs:config` and commit the result',
    ).toBe(await withConfigTables(written));
  });

  it('documents each variable once', () => {
    const variables = DOCUMENTED_SECTIONS.flatMap((section) => Object.keys(section.shape));
    expect(variables.length).toBeGreaterThan(80);
    expect(new Set(variables).size).toBe(variables.length);
  });
});

describe('the rate-limit variables', () => {
  it('keep the names they were published under, the irregular ones included', () => {
    expect(Object.keys(rateLimitRulesSchema.shape)).toEqual([
      'RATE_LIMIT_LINK_REQUESTS_PER_IP',
      'RATE_LIMIT_LINK_REQUESTS_WINDOW_SECONDS',
      'RATE_LIMIT_EMAILS_PER_ADDRESS',
      'RATE_LIMIT_EMAILS_WINDOW_SECONDS',
      'RATE_LIMIT_VERIFY_PER_IP',
      'RATE_LIMIT_VERIFY_WINDOW_SECONDS',
      'RATE_LIMIT_VERIFY_FAILURES_PER_TOKEN',
      'RATE_LIMIT_VERIFY_FAILURES_WINDOW_SECONDS',
      'RATE_LIMIT_CODE_ATTEMPTS_PER_IP',
      'RATE_LIMIT_CODE_ATTEMPTS_WINDOW_SECONDS',
      'RATE_LIMIT_CODE_FAILURES_PER_ADDRESS',
      'RATE_LIMIT_CODE_FAILURES_WINDOW_SECONDS',
      'RATE_LIMIT_REFRESH_PER_IP',
      'RATE_LIMIT_REFRESH_WINDOW_SECONDS',
      'RATE_LIMIT_INSPECT_LINK_PER_IP',
      'RATE_LIMIT_INSPECT_LINK_WINDOW_SECONDS',
      'RATE_LIMIT_ADMIN_KEY_FAILURES_PER_IP',
      'RATE_LIMIT_ADMIN_KEY_FAILURES_WINDOW_SECONDS',
      'RATE_LIMIT_METRICS_FAILURES_PER_IP',
      'RATE_LIMIT_METRICS_FAILURES_WINDOW_SECONDS',
      'RATE_LIMIT_PROVIDER_SIGNUP_PER_IP',
      'RATE_LIMIT_PROVIDER_SIGNUP_WINDOW_SECONDS',
      'RATE_LIMIT_TOKEN_REQUESTS_PER_CLIENT',
      'RATE_LIMIT_TOKEN_REQUESTS_WINDOW_SECONDS',
      'RATE_LIMIT_TOKEN_FAILURES_PER_IP',
      'RATE_LIMIT_TOKEN_FAILURES_WINDOW_SECONDS',
      'RATE_LIMIT_INVITATIONS_PER_TENANT',
      'RATE_LIMIT_INVITATIONS_WINDOW_SECONDS',
      'RATE_LIMIT_PASSKEY_OPTIONS_PER_IP',
      'RATE_LIMIT_PASSKEY_OPTIONS_WINDOW_SECONDS',
      'RATE_LIMIT_PASSKEY_FAILURES_PER_IP',
      'RATE_LIMIT_PASSKEY_FAILURES_WINDOW_SECONDS',
    ]);
  });
});
