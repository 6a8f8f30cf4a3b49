import { copyFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

// Workspace packages are TypeScript source: bundle them; every npm dependency stays external.
const externalNpmPackages = {
  name: 'external-npm-packages',
  setup(context) {
    context.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@dyocense/') ? undefined : { path: args.path, external: true },
    );
  },
};

// `--outdir` and `--metafile` let a test build a copy and read what it imports.
const { values } = parseArgs({
  options: { outdir: { type: 'string' }, metafile: { type: 'boolean' } },
});
const outdir = values.outdir ?? 'dist';

const result = await build({
  entryPoints: ['src/main.ts', 'src/migrate.ts'],
  outdir,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  sourcemap: true,
  logLevel: 'warning',
  metafile: Boolean(values.metafile),
  plugins: [externalNpmPackages],
});
if (values.metafile) writeFileSync(join(outdir, 'meta.json'), JSON.stringify(result.metafile));

// The API reference page's script (api-reference.ts), copied so that production installs need
// none of Scalar's packages (a development dependency: some 170 MB for this one file).
const scalar = dirname(createRequire(import.meta.url).resolve('@scalar/api-reference'));
copyFileSync(join(scalar, 'browser/standalone.js'), join(outdir, 'api-reference.js'));
