/**
 * What shows while a page's script loads: the same words index.html shows before the app runs,
 * so the first page to need its own chunk does not flash blank.
 */
export function PageLoading() {
  return <h1 className="muted page-loading">Loading…</h1>;
}
