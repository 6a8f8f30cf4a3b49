import type { CDPSession, Page } from 'playwright-core';

/** A passkey the virtual authenticator holds, as the DevTools protocol reports it. */
export interface VirtualCredential {
  credentialId: string;
  isResidentCredential: boolean;
  rpId: string;
  userHandle: string;
  signCount: number;
}

export interface VirtualAuthenticator {
  readonly cdp: CDPSession;
  readonly authenticatorId: string;
  credentials(): Promise<VirtualCredential[]>;
  /** Whether the person passes the fingerprint or screen lock; failing reads as a closed prompt. */
  setUserVerified(verified: boolean): Promise<void>;
  /**
   * Whether the person touches the device at once (the default) or never: with `false`, a
   * request made from now on waits, as a prompt left open does.
   */
  setPresence(present: boolean): Promise<void>;
}

/**
 * A platform authenticator in `page`'s tab (Chromium's virtual authenticator, over the DevTools
 * protocol) that holds discoverable passkeys and verifies the person at once, as Touch ID would.
 * WebAuthn needs a secure context with a domain: open the app at http://localhost.
 */
/**
 * Records the `mediation` of every `navigator.credentials.get()` the page makes, before its own
 * scripts run (the DevTools protocol is not bound by the app's Content-Security-Policy).
 */
export async function recordCredentialRequests(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const requests: string[] = [];
    const get = navigator.credentials.get.bind(navigator.credentials);
    Object.assign(window, { credentialRequests: requests });
    navigator.credentials.get = (options) => {
      requests.push(options?.mediation ?? 'optional');
      return get(options);
    };
  });
  return () =>
    page.evaluate(() => (window as unknown as { credentialRequests: string[] }).credentialRequests);
}

export async function addVirtualAuthenticator(page: Page): Promise<VirtualAuthenticator> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return {
    cdp,
    authenticatorId,
    async credentials() {
      const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
      return credentials as VirtualCredential[];
    },
    async setUserVerified(isUserVerified) {
      await cdp.send('WebAuthn.setUserVerified', { authenticatorId, isUserVerified });
    },
    async setPresence(enabled) {
      await cdp.send('WebAuthn.setAutomaticPresenceSimulation', { authenticatorId, enabled });
    },
  };
}
