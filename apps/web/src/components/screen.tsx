import { useEffect, type ReactNode } from 'react';

/** One page's content under its heading, which also names the browser tab. */
export function Screen({ title, children }: { title: string; children: ReactNode }) {
  useEffect(() => {
    document.title = `${title} · Dyocense`;
  }, [title]);
  return (
    <section className="stack" aria-labelledby="screen-title">
      <h1 id="screen-title">{title}</h1>
      {children}
    </section>
  );
}
