/** What the sign-in buttons need of a provider: the public part of `auth.providers`. */
export interface PublicProvider {
  id: string;
  name: string;
  authorize_url: string;
}

/** The id of the element that carries them; the web app reads it (provider-buttons.tsx). */
export const PROVIDERS_ELEMENT_ID = 'sign-in-providers';

/**
 * The app's shell with the configured providers written into it, as data the browser never runs
 * (`type="application/json"`, which the CSP's script-src does not govern), so the sign-in buttons
 * are there at the first render instead of pushing the form down when a request answers.
 * `<` is escaped so that no value can close the element.
 */
export function pageWithProviders(shell: string, providers: readonly PublicProvider[]): string {
  const json = JSON.stringify({ items: providers }).replaceAll('<', '\\u003c');
  const element = `<script type="application/json" id="${PROVIDERS_ELEMENT_ID}">${json}</script>`;
  if (!shell.includes('</head>')) throw new Error("The web app's index.html has no </head>");
  return shell.replace('</head>', () => `${element}</head>`);
}
