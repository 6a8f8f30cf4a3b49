import { DEFAULT_NEXT_PATH, safeNextPath } from '@dyocense/api/next-path';

export interface VerifyLink {
  token: string | undefined;
  /** Where to go once verified: always a path on this site. */
  next: string;
}

/**
 * Reads `/verify?token=…&next=…`. `waitingNext` is the page this browser was waiting to reach
 * when it asked for the link: it wins over the link's own `next` (emails say `/home`), since only
 * the browser that asked keeps one. Only a path on this site is followed, else home.
 */
export function readVerifyLink(href: string, waitingNext?: string): VerifyLink {
  const url = new URL(href);
  return {
    token: url.searchParams.get('token')?.trim() || undefined,
    next:
      safeNextPath(waitingNext) ?? safeNextPath(url.searchParams.get('next')) ?? DEFAULT_NEXT_PATH,
  };
}

/** Takes the one-time token out of the address bar and history, so it is not copied or shared. */
export function removeTokenFromAddressBar(): void {
  window.history.replaceState(window.history.state, '', window.location.pathname);
}
