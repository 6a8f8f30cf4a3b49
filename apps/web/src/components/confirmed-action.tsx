import { useState, type ReactNode } from 'react';
import { BusyButton } from './busy-button';

interface ConfirmedActionProps {
  /** The button that asks first, e.g. "Remove". */
  label: string;
  /** Its accessible name when `label` alone is ambiguous, e.g. "Remove Bea". */
  labelForScreenReaders?: string;
  /** The question, naming what happens, e.g. "Remove Bea from Test Shop? They lose access at once." */
  question: ReactNode;
  /** Names the confirmation group, e.g. "Confirm removing Bea". */
  groupLabel: string;
  /** The confirming button, e.g. "Yes, remove". */
  confirmLabel: string;
  busy: boolean;
  busyLabel: string;
  onConfirm(): void;
}

/** An action that cannot be undone: its button asks, then a second press does it, or Cancel. */
export function ConfirmedAction(props: ConfirmedActionProps) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <div className="actions">
        <button
          type="button"
          className="button-secondary"
          aria-label={props.labelForScreenReaders}
          onClick={() => setConfirming(true)}
        >
          {props.label}
        </button>
      </div>
    );
  }
  return (
    <div className="actions" role="group" aria-label={props.groupLabel}>
      <span>{props.question}</span>
      <BusyButton
        className="button-primary"
        busy={props.busy}
        busyLabel={props.busyLabel}
        onClick={props.onConfirm}
      >
        {props.confirmLabel}
      </BusyButton>
      <button type="button" className="button-link" onClick={() => setConfirming(false)}>
        Cancel
      </button>
    </div>
  );
}
