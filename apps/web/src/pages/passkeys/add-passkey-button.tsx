import { BusyButton } from '../../components/busy-button';

/** "Add a passkey", in the offer on home and in Settings: the same words while the device asks. */
export function AddPasskeyButton({ adding, onAdd }: { adding: boolean; onAdd(): void }) {
  return (
    <BusyButton
      className="button-primary"
      busy={adding}
      busyLabel="Waiting for your device…"
      onClick={onAdd}
    >
      Add a passkey
    </BusyButton>
  );
}
