import { describe, expect, it } from 'vitest';
import { saveScreenshot, useWebApp } from './testing/browser-test';

describe('the API reference at /docs', () => {
  const app = useWebApp();

  it('renders the operations of /openapi.json under the page’s CSP, asking nothing elsewhere', async () => {
    const { page } = app;
    const violations: string[] = [];
    const elsewhere: string[] = [];
    await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
    // Registered before any of the page's scripts run: every refusal of the CSP is seen.
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const report = (window as unknown as { reportViolation(text: string): void })
          .reportViolation;
        report(`${event.effectiveDirective} ${event.blockedURI}`);
      });
    });
    page.on('request', (request) => {
      if (!request.url().startsWith(app.url) && !request.url().startsWith('data:')) {
        elsewhere.push(request.url());
      }
    });

    const response = await page.goto('/docs');
    const policy = response?.headers()['content-security-policy'] ?? '';
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("style-src 'self' 'unsafe-inline';");

    // The sign-up operation, by its summary, and a provider-independent route beside it.
    await page
      .getByText('Start a sign-up: emails a one-time link valid 24 hours', { exact: false })
      .first()
      .waitFor();
    await page
      .getByText('The signed-in user, the tenant of their session and their role in it')
      .first()
      .waitFor();
    await saveScreenshot(page, 'api-reference');
    // Only zod's probe for `Function('')` inside the bundle, which then validates without compiling:
    // the CSP keeps refusing eval on this page too.
    expect(violations.filter((violation) => violation !== 'script-src eval')).toEqual([]);
    expect(elsewhere).toEqual([]);
  });

  it('keeps the strict CSP everywhere else', async () => {
    const response = await app.page.goto('/openapi.json');
    expect(response?.headers()['content-security-policy']).toContain("style-src 'self';");
  });
});
