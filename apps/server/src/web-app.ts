import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { pageWithProviders, type PublicProvider } from './web-app-page';

/** The web app's pages; any other address the browser asks for gets the app's 404 page. */
export const WEB_APP_ROUTES = [
  '/',
  '/signup',
  '/signin',
  '/verify',
  '/home',
  '/settings',
  '/admin',
  '/signin/complete',
  '/signin/problem',
  '/signup/business',
  '/invitation',
] as const;

/** Addresses that are never pages, so a miss there stays a plain 404. */
const NOT_PAGES = ['/trpc', '/v1', '/assets'];

export interface WebApp {
  /** Whether this request is a browser asking for a page, rather than an API call. */
  wantsPage(request: FastifyRequest): boolean;
  /** Answers with the app's shell; the client-side router renders the page. */
  sendPage(reply: FastifyReply, status?: number): FastifyReply;
}

export interface WebAppOptions {
  /** The sign-in providers configured, written into every page (web-app-page.ts). */
  providers: readonly PublicProvider[];
}

/**
 * Serves the built web app from `distDir`: hashed assets cached for a year, and the HTML shell
 * uncached, with the sign-in providers in it. Its security headers (a CSP allowing only its own files, no framing, no referrer,
 * since the /verify address carries a one-time token) come with every response; see
 * http-hardening.ts. Without a build, logs how to make one and serves only the API.
 */
export function registerWebApp(
  app: FastifyInstance,
  distDir: string,
  { providers }: WebAppOptions,
): WebApp | undefined {
  const shellPath = join(distDir, 'index.html');
  if (!existsSync(shellPath)) {
    app.log.warn(
      `Web app not served: ${distDir} has no index.html. Build it with "npm run build" (npm start does this), or set WEB_DIST_DIR.`,
    );
    return undefined;
  }
  // Read once: the build does not change under a running server. Tiny, so sent uncompressed.
  const page = pageWithProviders(readFileSync(shellPath, 'utf8'), providers);
  void app.register(async (assets) => {
    // Caches must keep one copy per encoding, the plain one included. Added to the reply, not the
    // raw response (static's setHeaders), where the CORS plugin's `vary: Origin` would replace it.
    assets.addHook('onSend', async (_request, reply, payload) => {
      const vary = reply.getHeader('vary');
      reply.header('vary', vary ? `${String(vary)}, accept-encoding` : 'accept-encoding');
      return payload;
    });
    await assets.register(fastifyStatic, {
      root: join(distDir, 'assets'),
      prefix: '/assets/',
      decorateReply: false,
      immutable: true,
      maxAge: '365d',
      // The build writes .br and .gz copies beside each asset (apps/web/precompress-plugin.ts).
      preCompressed: true,
    });
  });

  const webApp: WebApp = {
    wantsPage(request) {
      const path = request.url.split('?', 1)[0] ?? '';
      const isPage = !NOT_PAGES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
      const isRead = request.method === 'GET' || request.method === 'HEAD';
      return isRead && isPage && (request.headers.accept ?? '').includes('text/html');
    },
    sendPage(reply, status = 200) {
      return reply
        .code(status)
        .header('cache-control', 'no-cache')
        .type('text/html; charset=utf-8')
        .send(page);
    },
  };
  for (const route of WEB_APP_ROUTES) {
    app.get(route, (_request, reply) => webApp.sendPage(reply));
  }
  return webApp;
}
