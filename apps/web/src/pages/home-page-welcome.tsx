import { useEffect, useState } from 'react';
import { welcome } from '../session/browser-signup-offers';
import type { Session } from '../session/session-store';
import { PasskeyOfferCard } from './passkeys/passkey-offer-card';

/**
 * The first arrival at home after a sign-up: "Welcome to Dyocense", once (a reload does not
 * bring it back). The passkey offer waits until it is dismissed, so one card asks at a time.
 */
export function HomeWelcome({ session, onDismiss }: { session: Session; onDismiss(): void }) {
  const [welcoming, setWelcoming] = useState(() => welcome.isFor(session.user.email));
  useEffect(() => {
    if (welcoming) welcome.clear();
  }, [welcoming]);

  if (!welcoming) return <PasskeyOfferCard session={session} />;
  return (
    <section className="card banner-info stack" aria-labelledby="home-welcome-title">
      <h2 id="home-welcome-title">Welcome to Dyocense, {session.user.name}.</h2>
      <p>Here is a sample plan to start from. Its tasks show what to do first.</p>
      <div className="actions">
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            setWelcoming(false);
            onDismiss();
          }}
        >
          Got it
        </button>
      </div>
    </section>
  );
}
