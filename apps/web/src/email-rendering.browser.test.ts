import {
  renderEmail,
  type EmailTemplate,
  type TemplateParams,
} from '@dyocense/api/email-templates';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './testing/axe';
import { contentWidth, PHONE, saveScreenshot, useWebApp } from './testing/browser-test';

const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };

// The longest a business name may be (200), with one word longer than a phone is wide.
const LONG_NAME =
  `Supercalifragilisticexpialidociousbakeryandcoffeeroasters ${'Bakery '.repeat(20)}`
    .slice(0, 200)
    .trim();
const LONG_TOKEN = 'x'.repeat(300);
const PARAMS: TemplateParams = {
  name: 'Ada',
  business_name: LONG_NAME,
  ttl_seconds: 86_400,
  code_ttl_seconds: 600,
  signup_url: `https://app.example.com/signup?from=${LONG_TOKEN}`,
  tenant_name: LONG_NAME,
  inviter: 'Ada Lovelace',
  role: 'member',
};
const LINKS: Record<EmailTemplate, string | null> = {
  verify_signup: `https://app.example.com/verify?token=${LONG_TOKEN}&next=/home`,
  signin: `https://app.example.com/verify?token=${LONG_TOKEN}&next=/home`,
  no_account: null,
  invitation: `https://app.example.com/invitation?token=${LONG_TOKEN}`,
};
const TEMPLATES = Object.keys(LINKS) as EmailTemplate[];

function htmlOf(template: EmailTemplate): string {
  const code = template === 'verify_signup' || template === 'signin' ? '01234567' : null;
  return renderEmail(template, PARAMS, LINKS[template], code).html;
}

/** WCAG's contrast ratio of two `rgb(r, g, b)` colours as getComputedStyle gives them. */
function contrastRatio(foreground: string, background: string): number {
  const luminance = (colour: string) => {
    const [r, g, b] = (colour.match(/\d+(\.\d+)?/g) ?? []).map((part) => {
      const channel = Number(part) / 255;
      return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return (light! + 0.05) / (dark! + 0.05);
}

/** What a person sees of the email as loaded: its button, the link written out, the code. */
async function measure(page: Page) {
  const links = page.getByRole('link');
  const [colour, background] = await links.first().evaluate((button) => {
    const style = getComputedStyle(button);
    return [style.color, style.backgroundColor];
  });
  const code = page.getByText(/^\d{4} \d{4}$/);
  return {
    buttonContrast: contrastRatio(colour!, background!),
    linkCount: await links.count(),
    writtenLink: await links.nth(1).textContent(),
    buttonHref: await links.first().getAttribute('href'),
    codeFontPx: (await code.count())
      ? await code.evaluate((c) => getComputedStyle(c).fontSize)
      : null,
    cardWidth: await page
      .getByRole('heading', { level: 1 })
      .evaluate((heading) => heading.closest('table')!.getBoundingClientRect().width),
  };
}

describe('the emails in a browser', () => {
  // Only its Chromium is used: every page here is an email set as content, served by no one.
  const app = useWebApp();

  it('every email reads well on a phone and on a desktop, with a long link and business name', async () => {
    for (const size of [PHONE, DESKTOP]) {
      const page = await app.openPage(size);
      const width = size.viewport!.width;
      for (const template of TEMPLATES) {
        const where = `${template} at ${width} px`;
        await page.setContent(htmlOf(template));
        expect(await axeViolations(page), where).toEqual([]);
        expect(await contentWidth(page), where).toBeLessThanOrEqual(width);
        const seen = await measure(page);
        expect(seen.buttonContrast, where).toBeGreaterThanOrEqual(4.5);
        expect(seen.linkCount, where).toBe(2);
        expect(seen.writtenLink, where).toBe(seen.buttonHref);
        expect(seen.cardWidth, where).toBeLessThanOrEqual(Math.min(560, width));
        if (template === 'no_account' || template === 'invitation') {
          expect(seen.codeFontPx, where).toBeNull();
        } else {
          expect(parseFloat(seen.codeFontPx ?? '0'), where).toBeGreaterThanOrEqual(24);
        }
        await saveScreenshot(page, `email-${template}-${width}`);
      }
    }
  });

  it('reaches the button, then the link written out, with the keyboard', async () => {
    const page = await app.openPage(PHONE);
    await page.setContent(htmlOf('signin'));
    await page.keyboard.press('Tab');
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(await focused()).toBe('Sign in to Dyocense');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe(LINKS.signin);
  });
});
