import { useEffect, useRef } from 'react';
import { personHasActed } from './first-act';

/**
 * A new screen (another page, or a swap in place such as the form → "Check your email") puts the
 * focus on its heading, so a screen reader announces it and Tab goes on from there; so does a new
 * title. Not while the page is still loading by itself (focus stays at the top, where "Skip to
 * content" comes first), and not when the focus is already in the screen: a field it focused
 * itself, or where the person went while it loaded.
 */
export function useFocusOnScreenChange(title: string) {
  const screen = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!personHasActed() || screen.current?.contains(document.activeElement)) return;
    heading.current?.focus();
  }, [title]);
  return { screen, heading };
}
