import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { apiReferenceContentSecurityPolicy } from './http-hardening';

/** Where build.mjs copies Scalar's standalone bundle, beside the built server. */
const BUNDLED_REFERENCE = 'api-reference.js';

/**
 * Scalar's standalone bundle, one self-contained script (no CDN): the copy beside the built
 * server, so a production install needs none of Scalar's packages; from the sources, the
 * development dependency's own.
 */
function bundlePath(): string {
  const beside = fileURLToPath(new URL(`./${BUNDLED_REFERENCE}`, import.meta.url));
  if (existsSync(beside)) return beside;
  const entry = createRequire(import.meta.url).resolve('@scalar/api-reference');
  return join(dirname(entry), 'browser/standalone.js');
}
const BUNDLE_URL = '/docs/api-reference.js';

/**
 * Nothing leaves the page: no web fonts, telemetry, AI agent or MCP from Scalar's own servers
 * (the CSP would refuse them anyway), and the document is this server's.
 */
const CONFIGURATION = {
  url: '/openapi.json',
  withDefaultFonts: false,
  telemetry: false,
  agent: { disabled: true },
  mcp: { disabled: true },
  showDeveloperTools: 'never',
  hideClientButton: true,
  documentDownloadType: 'json',
  // The schemas are each operation's error body: read with their operations, not as a list.
  hideModels: true,
};

// A JSON data block, not a script: the CSP allows no inline script, and none is needed.
const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Dyocense Accounts API reference</title>
  </head>
  <body>
    <script id="api-reference" type="application/json" data-configuration="${JSON.stringify(
      CONFIGURATION,
    ).replaceAll('"', '&quot;')}"></script>
    <script src="${BUNDLE_URL}"></script>
  </body>
</html>
`;

/** `GET /docs`: the human reference of the REST contract (/openapi.json), rendered by Scalar. */
export function registerApiReference(app: FastifyInstance): void {
  // The service's CSP, loosened for this page's inline styles only (http-hardening.ts).
  const policy = apiReferenceContentSecurityPolicy();
  let bundle: Promise<Buffer> | undefined;
  app.get('/docs', async (_request, reply) =>
    reply
      .header('content-security-policy', policy)
      .header('cache-control', 'no-cache')
      .type('text/html; charset=utf-8')
      .send(PAGE),
  );
  app.get(BUNDLE_URL, async (_request, reply) => {
    // Read on first use, then kept: 5 MB that most servers never serve.
    bundle ??= readFile(bundlePath());
    return reply
      .header('cache-control', 'public, max-age=3600')
      .type('text/javascript; charset=utf-8')
      .send(await bundle);
  });
}
