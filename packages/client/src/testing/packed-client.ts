import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const packageDir = join(import.meta.dirname, '../..');
const workspace = createRequire(join(packageDir, 'package.json'));

/** The version of a package the workspace has installed: the npm cache has it already. */
async function workspaceVersion(name: string): Promise<string> {
  const manifest = JSON.parse(await readFile(workspace.resolve(`${name}/package.json`), 'utf8'));
  return (manifest as { version: string }).version;
}

/** The environment less what `npm test` and Vitest set, so npm sees only the temp project. */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !/^npm_/i.test(name) && !['NODE_ENV', 'NODE_OPTIONS', 'INIT_CWD'].includes(name),
    ),
  );
}

/** Packages the consumer installs for its own build; not part of what the client pulls in. */
export const CONSUMER_TOOLS = ['typescript', '@types/node', 'undici-types'];

export interface PackedFile {
  path: string;
  size: number;
}

export interface TscResult {
  code: number;
  output: string;
}

export interface ConsumerProject {
  dir: string;
  /** The tarball as `npm pack` reported it. */
  tarball: { filename: string; size: number; unpackedSize: number; files: PackedFile[] };
  installSeconds: number;
  /** Every installed package, by its path under node_modules. */
  installed: string[];
  /** The installed package's manifest. */
  manifest: Record<string, unknown>;
  /**
   * `tsc` over the given files of src/ under one module resolution: its exit code and output
   * (`src/x.ts(line,col): error TSnnnn: …`).
   */
  typecheck(
    resolution: Resolution,
    files: readonly string[],
    options?: { emit?: boolean },
  ): Promise<TscResult>;
  /** `tsc` over the installed package's declarations alone, with `skipLibCheck` off. */
  checkDeclarations(): Promise<TscResult>;
  /** Writes `src/<name>` in the project. */
  write(name: string, text: string): Promise<void>;
  /** Kilobytes on disk under node_modules/<path> (`du -sk`). */
  diskKb(path?: string): Promise<number>;
  remove(): Promise<void>;
}

async function du(path: string): Promise<number> {
  const { stdout } = await run('du', ['-sk', path]);
  return Number(stdout.split('\t')[0]);
}

/** Compiler settings of a strict consumer, for each module resolution the package supports. */
const TSCONFIG_BASE = { strict: true, skipLibCheck: true, target: 'ES2022', types: ['node'] };
const RESOLUTIONS = {
  nodenext: { module: 'NodeNext', moduleResolution: 'NodeNext' },
  node16: { module: 'Node16', moduleResolution: 'Node16' },
  bundler: { module: 'ESNext', moduleResolution: 'Bundler' },
};
export type Resolution = keyof typeof RESOLUTIONS;

/**
 * Builds the client, packs it with `npm pack` and installs the tarball, with TypeScript and the
 * tRPC peers, into a fresh project in the system's temp folder, outside the workspace.
 */
export async function installPackedClient(): Promise<ConsumerProject> {
  const dir = await mkdtemp(join(tmpdir(), 'dyocense-client-consumer-'));
  const stage = join(dir, 'stage');
  await mkdir(stage);
  // Built into a folder of its own, so a run never races another over packages/client/dist.
  await run(process.execPath, [join(packageDir, 'build.ts'), join(stage, 'dist')], {
    cwd: packageDir,
  });
  for (const file of ['package.json', 'README.md']) {
    await copyFile(join(packageDir, file), join(stage, file));
  }
  const env = cleanEnv();
  const packed = await run('npm', ['pack', stage, '--json', '--pack-destination', dir], {
    cwd: dir,
    env,
  });
  const [tarball] = JSON.parse(packed.stdout) as ConsumerProject['tarball'][];
  if (!tarball) throw new Error(`npm pack reported nothing: ${packed.stdout}`);

  const project = join(dir, 'consumer');
  await mkdir(join(project, 'src'), { recursive: true });
  await writeFile(
    join(project, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  const peers = await Promise.all(
    ['@trpc/client', '@trpc/server', ...CONSUMER_TOOLS.slice(0, 2)].map(
      async (name) => `${name}@${await workspaceVersion(name)}`,
    ),
  );
  const started = performance.now();
  await run(
    'npm',
    [
      'install',
      join(dir, tarball.filename),
      ...peers,
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
    ],
    { cwd: project, env },
  );
  const installSeconds = (performance.now() - started) / 1000;
  const lock = JSON.parse(await readFile(join(project, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, unknown>;
  };
  const installed = Object.keys(lock.packages)
    .filter((path) => path.startsWith('node_modules/'))
    .map((path) => path.slice('node_modules/'.length));
  const manifest = JSON.parse(
    await readFile(join(project, 'node_modules/@dyocense/client/package.json'), 'utf8'),
  ) as Record<string, unknown>;
  let checks = 0;
  async function tsc(config: object): Promise<TscResult> {
    const file = `tsconfig.check-${(checks += 1)}.json`;
    await writeFile(join(project, file), JSON.stringify(config));
    const bin = join(project, 'node_modules/typescript/bin/tsc');
    return run(process.execPath, [bin, '-p', file, '--pretty', 'false'], { cwd: project }).then(
      ({ stdout }) => ({ code: 0, output: stdout }),
      (error: { code?: number; stdout?: string }) => ({
        code: error.code ?? 1,
        output: error.stdout ?? String(error),
      }),
    );
  }

  return {
    dir: project,
    tarball,
    installSeconds,
    installed,
    manifest,
    typecheck(resolution, files, { emit = false } = {}) {
      return tsc({
        compilerOptions: {
          ...TSCONFIG_BASE,
          ...RESOLUTIONS[resolution],
          noEmit: !emit,
          rootDir: 'src',
          outDir: 'dist',
        },
        files: files.map((file) => `src/${file}`),
      });
    },
    checkDeclarations() {
      // No @types/node: tRPC's server declarations then miss `http`, which tells nothing about
      // this package, and checking Node's own declarations would triple the time.
      return tsc({
        compilerOptions: {
          ...TSCONFIG_BASE,
          ...RESOLUTIONS.nodenext,
          noEmit: true,
          skipLibCheck: false,
          skipDefaultLibCheck: true,
          types: [],
        },
        files: ['node_modules/@dyocense/client/dist/index.d.ts'],
      });
    },
    write: (name, text) => writeFile(join(project, 'src', name), text),
    diskKb: (path = '') => du(join(project, 'node_modules', path)),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/** Every declaration file the installed package ships, with its text. */
export async function installedDeclarations(
  project: ConsumerProject,
): Promise<{ name: string; text: string }[]> {
  const dist = join(project.dir, 'node_modules/@dyocense/client/dist');
  const names = (await readdir(dist)).filter((name) => name.endsWith('.d.ts'));
  return Promise.all(
    names.map(async (name) => ({ name, text: await readFile(join(dist, name), 'utf8') })),
  );
}
