import type { Page } from 'playwright-core';
import { axeViolations } from './axe';
import { saveScreenshot } from './browser-test';

export interface Look {
  name: string;
  width: number;
  colorScheme: 'light' | 'dark';
}

/** A phone's width and a desktop's, each in light and dark. */
export const LOOKS: Look[] = [
  { name: 'phone-light', width: 375, colorScheme: 'light' },
  { name: 'phone-dark', width: 375, colorScheme: 'dark' },
  { name: 'desktop-light', width: 1280, colorScheme: 'light' },
  { name: 'desktop-dark', width: 1280, colorScheme: 'dark' },
];

/** How the focus stands once a screen shows, as a one-line description to compare. */
export function focusOn(page: Page): Promise<string> {
  return page.evaluate(() => {
    const focused = document.activeElement;
    if (!focused || focused === document.body) return 'the page itself';
    const outline = focused.matches(':focus-visible') ? ', outlined' : '';
    return `${focused.tagName.toLowerCase()} "${focused.textContent ?? ''}"${outline}`;
  });
}

/** Waits until no "Loading…" status is left on the screen. */
export async function waitUntilLoaded(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      ![...document.querySelectorAll('[role="status"]')].some((status) =>
        status.textContent?.startsWith('Loading'),
      ),
  );
}

/**
 * The screen as it is now, in each look: what axe finds and any sideways scroll, as "look: problem"
 * lines (none when all is well). Dark looks are saved as screenshots named after `screen`.
 */
export async function problemsInEachLook(page: Page, screen: string): Promise<string[]> {
  const problems: string[] = [];
  const backgrounds = new Map<string, string>();
  for (const look of LOOKS) {
    await page.setViewportSize({ width: look.width, height: 812 });
    await page.emulateMedia({ colorScheme: look.colorScheme });
    const { scrollWidth, innerWidth, background } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      background: getComputedStyle(document.documentElement).backgroundColor,
    }));
    backgrounds.set(look.colorScheme, background);
    if (scrollWidth > innerWidth) problems.push(`${look.name}: ${scrollWidth} px wide`);
    problems.push(...(await axeViolations(page)).map((violation) => `${look.name}: ${violation}`));
    if (look.colorScheme === 'dark') await saveScreenshot(page, `${screen}-${look.name}`);
  }
  if (backgrounds.get('light') === backgrounds.get('dark'))
    problems.push('dark mode changes nothing');
  return problems;
}
