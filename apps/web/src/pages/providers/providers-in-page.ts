import { providersOutput } from '@dyocense/api/schemas';
import type { z } from 'zod';

/** Where the server writes the configured providers into the page (apps/server/src/web-app-page.ts). */
const ELEMENT_ID = 'sign-in-providers';

/**
 * The sign-in providers the server wrote into the page, so their buttons are drawn with the
 * form rather than pushing it down when `auth.providers` answers; undefined when the page has
 * none (the Vite dev server's) or they do not read as the answer would.
 */
export function providersInPage(): z.infer<typeof providersOutput> | undefined {
  const text = document.getElementById(ELEMENT_ID)?.textContent;
  if (!text) return undefined;
  try {
    const parsed = providersOutput.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
