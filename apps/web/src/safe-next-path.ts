export const DEFAULT_NEXT_PATH = '/home';

/**
 * Where to go after verifying: `next` when it is a path on this site, else the home page.
 * The URL parser decides, so `//evil.com`, `/\evil.com`, `javascript:` and tab tricks that a
 * browser would resolve to another origin are all refused.
 */
export function safeNextPath(next: string | null | undefined, origin: string): string {
  if (!next || !next.startsWith('/')) return DEFAULT_NEXT_PATH;
  let url: URL;
  try {
    url = new URL(next, origin);
  } catch {
    return DEFAULT_NEXT_PATH;
  }
  if (url.origin !== new URL(origin).origin) return DEFAULT_NEXT_PATH;
  return `${url.pathname}${url.search}${url.hash}`;
}
