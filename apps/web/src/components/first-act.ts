const ACTS = ['pointerdown', 'keydown', 'click'] as const;

let acted = false;

function noteFirstAct(event: Event): void {
  // A click the app's own script dispatched is not the person's.
  if (!event.isTrusted) return;
  acted = true;
  for (const type of ACTS) document.removeEventListener(type, noteFirstAct, true);
}

/**
 * Starts listening for the person's first act, before the app renders (main.tsx). Captured
 * before any handler, so the press that changes the screen is already counted.
 */
export function noticeFirstAct(): void {
  for (const type of ACTS) document.addEventListener(type, noteFirstAct, true);
}

/**
 * Whether the person has clicked, tapped or pressed a key in this document yet. Until then the
 * page is loading by itself (its redirects and "Checking…" screens included).
 */
export function personHasActed(): boolean {
  return acted;
}
