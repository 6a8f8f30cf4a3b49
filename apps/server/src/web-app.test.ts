import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerWithDatabase } from './testing/test-server';

const SHELL =
  '<!doctype html><html><head><title>Dyocense</title></head><body><div id="root"></div></body></html>';
/** The shell as served: the configured providers (GitHub here) written into its head. */
const PROVIDERS = /<script type="application\/json" id="sign-in-providers">(.*?)<\/script>/;
const PAGE = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };
const SCRIPT = Buffer.from(`console.log(${JSON.stringify('app '.repeat(400))})`);

/** A stand-in for `vite build` output: the shell and one hashed asset, with its .br and .gz. */
function writeWebDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dyocense-web-dist-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), SHELL);
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log("app")');
  writeFileSync(join(dir, 'assets', 'big-abc123.js'), SCRIPT);
  writeFileSync(join(dir, 'assets', 'big-abc123.js.br'), brotliCompressSync(SCRIPT));
  writeFileSync(join(dir, 'assets', 'big-abc123.js.gz'), gzipSync(SCRIPT));
  return dir;
}

/** A GET that sends only the given headers and keeps the body as sent (fetch would decode it). */
function getRaw(url: string, headers: Record<string, string>) {
  return new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>(
    (resolve, reject) => {
      get(url, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ headers: response.headers, body: Buffer.concat(chunks) }),
        );
      }).on('error', reject);
    },
  );
}

describe('serving the web app', () => {
  let env: Awaited<ReturnType<typeof startServerWithDatabase>>;
  let base: string;
  let distDir: string;

  beforeAll(async () => {
    distDir = writeWebDist();
    env = await startServerWithDatabase('sqlite', {
      WEB_DIST_DIR: distDir,
      OAUTH_GITHUB_CLIENT_ID: 'github-id',
      OAUTH_GITHUB_CLIENT_SECRET: 'github-secret-github-secret',
    });
    base = env.server.url;
  });
  afterAll(async () => {
    await env.destroy();
    rmSync(distDir, { recursive: true, force: true });
  });

  it.each(['/', '/signup', '/signin', '/verify?token=abc&next=/home', '/home', '/settings'])(
    'answers %s with the app shell, uncached, and the sign-in providers in it',
    async (path) => {
      const response = await fetch(`${base}${path}`, { headers: PAGE });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      const page = await response.text();
      expect(page.replace(PROVIDERS, '')).toBe(SHELL);
      expect(JSON.parse(PROVIDERS.exec(page)?.[1] ?? '')).toEqual(
        await (await fetch(`${base}/v1/auth/providers`)).json(),
      );
      expect(page).toContain('"name":"GitHub"');
    },
  );

  it('sends no referrer from /verify, whose address carries a one-time token, and allows no framing or outside scripts', async () => {
    const response = await fetch(`${base}/verify?token=abc`, { headers: PAGE });
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
  });

  it('serves hashed assets with a long cache lifetime', async () => {
    const response = await fetch(`${base}/assets/index-abc123.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await response.text()).toBe('console.log("app")');
  });

  it.each([
    [
      'in brotli when br is accepted',
      { 'accept-encoding': 'br, gzip' },
      'br',
      brotliDecompressSync,
    ],
    ['in gzip when only gzip is accepted', { 'accept-encoding': 'gzip' }, 'gzip', gunzipSync],
    ['plain when no encoding is accepted', {}, undefined, (body: Buffer) => body],
  ])(
    'sends an asset %s, varying by accept-encoding and keeping its other headers',
    async (_, headers: Record<string, string>, encoding, decode) => {
      const response = await getRaw(`${base}/assets/big-abc123.js`, headers);
      expect(response.headers['content-encoding']).toBe(encoding);
      expect(response.headers['content-type']).toBe('application/javascript; charset=utf-8');
      expect(response.headers.vary).toMatch(/accept-encoding/i);
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(response.headers['content-security-policy']).toContain("default-src 'self'");
      expect(decode(response.body).equals(SCRIPT)).toBe(true);
    },
  );

  it('answers an unknown page with the shell and a 404, so the app shows its 404 page', async () => {
    const response = await fetch(`${base}/no-such-page`, { headers: PAGE });
    expect(response.status).toBe(404);
    expect((await response.text()).replace(PROVIDERS, '')).toBe(SHELL);
  });

  it.each([
    ['an API path asked for as a page', '/v1/nowhere', PAGE],
    ['a missing asset', '/assets/missing.js', PAGE],
    ['an unknown path asked for as JSON', '/no-such-page', { accept: 'application/json' }],
  ])('answers %s with a JSON 404', async (_, path, headers) => {
    const response = await fetch(`${base}${path}`, { headers });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('keeps the API working beside the app', async () => {
    const response = await fetch(`${base}/healthz`);
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});
