import type { ReactNode } from 'react';

/** A problem a person must act on; announced as soon as it appears. */
export function ErrorBanner({ children }: { children: ReactNode }) {
  return (
    <div role="alert" className="banner banner-error">
      {children}
    </div>
  );
}

/** News that needs no action, such as "You have signed out." */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="banner banner-info">
      {children}
    </p>
  );
}
