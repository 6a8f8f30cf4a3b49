/**
 * Where a browser may be sent after signing in (`?next=`): one rule for the server and the web
 * app. Pure and free of Node APIs, so the web app imports it as `@dyocense/api/next-path`.
 */

/** Where the browser goes when `next` is missing or refused. */
export const DEFAULT_NEXT_PATH = '/home';

/** Longer values are refused rather than stored or redirected to. @default 512 */
export const MAX_NEXT_PATH_LENGTH = 512;

// Any origin works: only whether the parsed value stays on it matters.
const BASE = 'https://next-path.invalid';

// Browsers strip tabs and newlines and read `\` as `/`, so `/\t/x` or `/\x` leave the site.
function hasControlOrBackslash(value: string): boolean {
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x5c) return true;
  }
  return false;
}
// Encoded `/`, `\`, `.` or controls in the path can be decoded later into `//` or `/../`.
const ENCODED_SEPARATOR = /%(?:2f|5c|2e|[01][0-9a-f]|7f)/i;

function pathOf(value: string): string {
  return value.split(/[?#]/, 1)[0] ?? '';
}

/**
 * `value` as a normalised path on this site (dot segments resolved, so `/a/../b` is `/b`), or
 * undefined when it is missing, too long, or could lead elsewhere: `//evil.com`, `/.//evil.com`,
 * `/\evil.com`, `/%2F%2Fevil.com`, `https://evil.com`, a relative path, control characters.
 */
export function safeNextPath(value: string | null | undefined): string | undefined {
  if (!value || value.length > MAX_NEXT_PATH_LENGTH) return undefined;
  if (!value.startsWith('/') || hasControlOrBackslash(value)) return undefined;
  if (ENCODED_SEPARATOR.test(pathOf(value))) return undefined;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return undefined;
  }
  if (url.origin !== BASE) return undefined;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // Resolving dot segments can itself yield `//host` (from `/.//host` or `/a/..//host`).
  if (path.startsWith('//') || path.length > MAX_NEXT_PATH_LENGTH) return undefined;
  return path;
}

/** {@link safeNextPath}, or the home page when it refuses `value`. */
export function nextPathOrHome(value: string | null | undefined): string {
  return safeNextPath(value) ?? DEFAULT_NEXT_PATH;
}
