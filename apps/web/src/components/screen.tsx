import { useEffect, type ReactNode } from 'react';
import { useFocusOnScreenChange } from './use-focus-on-screen-change';

/** One page's content under its heading, which also names the browser tab. */
export function Screen({ title, children }: { title: string; children: ReactNode }) {
  const { screen, heading } = useFocusOnScreenChange(title);
  useEffect(() => {
    document.title = `${title} · Dyocense`;
  }, [title]);
  return (
    <section ref={screen} className="stack" aria-labelledby="screen-title">
      {/* tabindex -1: focusable by script, not by Tab; screen changes move the focus here. */}
      <h1 id="screen-title" ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </section>
  );
}
