import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const serverDir = join(import.meta.dirname, '..');
const repoRoot = join(serverDir, '../..');
// Inside the repository, so the bundle finds node_modules as the real one does.
const cacheDir = join(serverDir, 'node_modules/.cache');
let outdir: string;

interface Metafile {
  outputs: Record<string, { imports: { path: string; external?: boolean }[] }>;
}

function packageName(specifier: string): string {
  const [scope = '', name = ''] = specifier.split('/');
  return scope.startsWith('@') ? `${scope}/${name}` : scope;
}

/** Every package named in `dependencies` of the root or a workspace: what --omit=dev installs. */
function productionDependencies(): Set<string> {
  const manifests = ['.', 'apps/server', 'apps/web', 'packages/api', 'packages/db'].map(
    (dir) =>
      JSON.parse(readFileSync(join(repoRoot, dir, 'package.json'), 'utf8')) as {
        dependencies?: Record<string, string>;
      },
  );
  return new Set(manifests.flatMap((manifest) => Object.keys(manifest.dependencies ?? {})));
}

beforeAll(async () => {
  mkdirSync(cacheDir, { recursive: true });
  outdir = mkdtempSync(join(cacheDir, 'production-build-'));
  await run(process.execPath, ['build.mjs', `--outdir=${outdir}`, '--metafile'], {
    cwd: serverDir,
  });
});
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe('the production build', () => {
  it('imports only production dependencies, so it runs after npm ci --omit=dev', () => {
    const meta = JSON.parse(readFileSync(join(outdir, 'meta.json'), 'utf8')) as Metafile;
    const builtins = new Set(builtinModules);
    const imported = new Set(
      Object.values(meta.outputs).flatMap(({ imports }) =>
        imports
          .filter(({ external, path }) => external && !path.startsWith('node:'))
          .map(({ path }) => packageName(path))
          .filter((name) => !builtins.has(name)),
      ),
    );
    expect(imported.size).toBeGreaterThan(5);
    const missing = [...imported].filter((name) => !productionDependencies().has(name));
    expect(missing).toEqual([]);
  });

  it('carries the API reference page’s script itself: Scalar is only a development dependency', () => {
    expect(productionDependencies().has('@scalar/api-reference')).toBe(false);
    expect(readFileSync(join(outdir, 'api-reference.js'), 'utf8')).toContain('Scalar');
  });

  it('migrates with only DATABASE_URL set, and says in one line what is wrong otherwise', async () => {
    const dir = mkdtempSync(join(cacheDir, 'migrate-'));
    try {
      const env = { PATH: process.env.PATH ?? '', DATABASE_URL: join(dir, 'accounts.db') };
      const migrate = (extra: Record<string, string> = {}) =>
        run(process.execPath, [join(outdir, 'migrate.js')], { env: { ...env, ...extra } });
      const first = await migrate({ NODE_ENV: 'production' });
      expect(first.stderr).toContain('Database is up to date.');
      expect((await migrate()).stderr).toContain('No pending migrations.');

      const refused = await migrate({ PERSISTENCE_BACKEND: 'mysql', DATABASE_URL: '' }).catch(
        (error: { code: number; stderr: string }) => error,
      );
      expect(refused).toMatchObject({ code: 1 });
      expect((refused as { stderr: string }).stderr).toMatch(/PERSISTENCE_BACKEND/);
      expect((refused as { stderr: string }).stderr).not.toMatch(/at .*\.js:\d+/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
