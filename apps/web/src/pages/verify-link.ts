import { nextPathOrHome } from '@dyocense/api/next-path';

export interface VerifyLink {
  token: string | undefined;
  /** Where to go once verified: always a path on this site. */
  next: string;
}

/** Reads `/verify?token=…&next=…`. */
export function readVerifyLink(href: string): VerifyLink {
  const url = new URL(href);
  return {
    token: url.searchParams.get('token')?.trim() || undefined,
    next: nextPathOrHome(url.searchParams.get('next')),
  };
}

/** Takes the one-time token out of the address bar and history, so it is not copied or shared. */
export function removeTokenFromAddressBar(): void {
  window.history.replaceState(window.history.state, '', window.location.pathname);
}
