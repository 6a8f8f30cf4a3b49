import type { ButtonHTMLAttributes } from 'react';

interface BusyButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  busy: boolean;
  /** What the button says while its request is in flight, e.g. "Signing out…". */
  busyLabel: string;
}

/** A button that is disabled, and says so, while the request it started is in flight. */
export function BusyButton({ busy, busyLabel, children, disabled, ...props }: BusyButtonProps) {
  return (
    <button type="button" {...props} disabled={busy || disabled}>
      {busy ? busyLabel : children}
    </button>
  );
}
