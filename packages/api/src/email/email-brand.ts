/**
 * The web app's colours (`:root` in apps/web/src/styles.css), written out: an email client
 * reads no stylesheet and no custom property, only inline values.
 */
export const BRAND_COLOURS = {
  ink: '#1d2733',
  muted: '#5a6775',
  line: '#d5dbe2',
  surface: '#ffffff',
  background: '#f5f7f9',
  accent: '#1f5f8b',
} as const;

/** The app's own font stack: fonts every system has, none to download. */
export const BRAND_FONT = "system-ui,-apple-system,'Segoe UI',Roboto,sans-serif";

/** A monospace stack for the one-time code, where 1, l and 0, O must not look alike. */
export const CODE_FONT = 'ui-monospace,SFMono-Regular,Menlo,Consolas,monospace';
