import { resolve } from 'node:path';
import { z } from 'zod';

/** The built web app the server serves beside the API. */
export const webAppSchema = z
  .object({
    WEB_DIST_DIR: z.string().optional().meta({
      description:
        'the built web app to serve (relative to the working directory); without it the server serves only the API and logs how to build',
      defaultText: '`apps/web/dist`',
    }),
  })
  .meta({ title: 'Web app' });

export interface WebAppConfig {
  /** The built web app (`index.html` and `assets/`), served from the same origin as the API. */
  webDistDir: string;
}

/** `defaultDir` is apps/web/dist as the caller finds it (from source and bundle alike). */
export function readWebApp(env: z.output<typeof webAppSchema>, defaultDir: string): WebAppConfig {
  return { webDistDir: resolve(env.WEB_DIST_DIR ?? defaultDir) };
}
