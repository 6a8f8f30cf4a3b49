import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describeFor, DIALECTS } from '@dyocense/db/testing';
import { startServerWithDatabase } from '@dyocense/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CONSUMER_TOOLS,
  installedDeclarations,
  installPackedClient,
  type ConsumerProject,
} from './testing/packed-client';

const CONSUMER = 'consumer.ts';
/** Server packages whose names, or types, must not reach a client's declarations. */
const SERVER_ONLY = [
  'better-sqlite3',
  'pg',
  'ioredis',
  'kysely',
  'nodemailer',
  'rate-limiter-flexible',
];

/** Each misspelling a consumer might make, and the error TypeScript must answer it with. */
const MISSPELLINGS = [
  {
    file: 'misspelt-field.ts',
    from: 'tenant_id: session',
    to: 'tenantId: session',
    error: 'TS2561',
  },
  { file: 'misspelt-output.ts', from: 'plan.title', to: 'plan.titel', error: 'TS2551' },
  {
    file: 'misspelt-procedure.ts',
    from: 'asPerson.tenants.plans.',
    to: 'asPerson.tenants.plan.',
    error: 'TS2551',
  },
];

/** `src/x.ts(12,3): error TS2551: …` lines of tsc's output, as file, line and code. */
function errorsOf(output: string): { file: string; line: number; code: string }[] {
  return [...output.matchAll(/^src\/([\w.-]+)\((\d+),\d+\): error (TS\d+)/gm)].map((match) => ({
    file: match[1] ?? '',
    line: Number(match[2]),
    code: match[3] ?? '',
  }));
}

describe('@dyocense/client installed from its tarball outside the workspace', () => {
  let consumer: ConsumerProject;
  let source: string;
  /** The correct consumer compiled as a NodeNext project would, for the runs below. */
  let built: { code: number; output: string };
  beforeAll(async () => {
    consumer = await installPackedClient();
    source = await readFile(join(import.meta.dirname, 'testing/consumer-fixture.ts'), 'utf8');
    await consumer.write(CONSUMER, source);
    built = await consumer.typecheck('nodenext', [CONSUMER], { emit: true });
  }, 180_000);
  afterAll(async () => {
    await consumer?.remove();
  });

  it('pulls in only its dependency and peers, and reports its size', async () => {
    expect(consumer.manifest.dependencies).toEqual({ superjson: expect.any(String) });
    expect(consumer.manifest.peerDependencies).toEqual({
      '@trpc/client': expect.stringMatching(/^\^11\./),
      '@trpc/server': expect.stringMatching(/^\^11\./),
    });
    for (const name of SERVER_ONLY) expect(consumer.installed).not.toContain(name);
    expect(consumer.tarball.files.map((file) => file.path).sort()).toEqual([
      'README.md',
      'dist/app-router.d.ts',
      'dist/app-router.js',
      'dist/client-credentials.d.ts',
      'dist/client-credentials.js',
      'dist/create-api-client.d.ts',
      'dist/create-api-client.js',
      'dist/errors.d.ts',
      'dist/errors.js',
      'dist/index.d.ts',
      'dist/index.js',
      'package.json',
    ]);

    const totalKb = await consumer.diskKb();
    const toolsKb = (await Promise.all(CONSUMER_TOOLS.map((name) => consumer.diskKb(name)))).reduce(
      (sum, kb) => sum + kb,
    );
    const clientPackages = consumer.installed.filter(
      (path) => !CONSUMER_TOOLS.some((tool) => path === tool || path.startsWith(`${tool}/`)),
    );
    const mb = (kb: number) => (kb / 1024).toFixed(1);
    // eslint-disable-next-line no-console -- the figures are for the release note
    console.log(
      [
        `@dyocense/client: tarball ${(consumer.tarball.size / 1024).toFixed(1)} kB`,
        `(${(consumer.tarball.unpackedSize / 1024).toFixed(1)} kB unpacked);`,
        `installed in ${consumer.installSeconds.toFixed(1)} s:`,
        `${clientPackages.length} packages, ${mb(totalKb - toolsKb)} MB with its peers`,
        `(${clientPackages.join(', ')}); the consumer's TypeScript and @types/node add`,
        `${consumer.installed.length - clientPackages.length} packages, ${mb(toolsKb)} MB`,
      ].join(' '),
    );
  });

  it('ships declarations that name no server package', async () => {
    const declarations = await installedDeclarations(consumer);
    expect(declarations.map((file) => file.name)).toContain('app-router.d.ts');
    for (const { name, text } of declarations) {
      const specifiers = [...text.matchAll(/(?:from\s+|import\()\s*['"]([^'"]+)['"]/g)].map(
        (match) => match[1],
      );
      for (const specifier of specifiers) {
        expect([name, specifier]).toEqual([name, expect.stringMatching(/^(\.\/|@trpc\/)/)]);
      }
      for (const server of SERVER_ONLY.filter((server) => server !== 'pg')) {
        expect(text.toLowerCase(), `${name} mentions ${server}`).not.toContain(server);
      }
      expect(text, `${name} mentions the server packages`).not.toMatch(
        /@dyocense\/(api|db|server)/,
      );
    }
  });

  it('type-checks a strict consumer under NodeNext, Node16 and bundler resolution', async () => {
    const results = await Promise.all([
      consumer.typecheck('node16', [CONSUMER]),
      consumer.typecheck('bundler', [CONSUMER]),
    ]);
    expect([built, ...results]).toEqual([
      { code: 0, output: '' },
      { code: 0, output: '' },
      { code: 0, output: '' },
    ]);
  });

  it('has declarations that type-check strictly (skipLibCheck off)', async () => {
    const { output } = await consumer.checkDeclarations();
    const errors = output.split('\n').filter((line) => / error TS/.test(line));
    // tRPC's own declarations want @types/node (`http`, `ws`) and a newer lib (`Disposable`),
    // which this check leaves out to stay fast: their errors are tRPC's. None may be this package's.
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.filter((line) => !line.startsWith('node_modules/@trpc/'))).toEqual([]);
  });

  it('refuses a misspelt input field, output property and procedure', async () => {
    const lines = source.split('\n');
    for (const { file, from, to } of MISSPELLINGS) {
      // Exactly one occurrence, so that each copy differs from the correct one in one name.
      expect(source.split(from), `"${from}" in the fixture`).toHaveLength(2);
      await consumer.write(file, source.replace(from, to));
    }
    const result = await consumer.typecheck(
      'nodenext',
      MISSPELLINGS.map(({ file }) => file),
    );
    expect(result.code).not.toBe(0);
    expect(errorsOf(result.output)).toEqual(
      MISSPELLINGS.map(({ file, from, error }) => ({
        file,
        line: lines.findIndex((line) => line.includes(from)) + 1,
        code: error,
      })),
    );
  });

  for (const dialect of DIALECTS) {
    describeFor(dialect)(`run with plain node against a server (${dialect})`, () => {
      let env: Awaited<ReturnType<typeof startServerWithDatabase>>;
      beforeAll(async () => {
        env = await startServerWithDatabase(dialect);
      });
      afterAll(async () => {
        await env?.destroy();
      });

      it('signs up, verifies, reads plans as a person and as a service until it is revoked, and tells a refusal by its reason', async () => {
        expect(built).toEqual({ code: 0, output: '' });
        const { stdout } = await promisify(execFile)(
          process.execPath,
          [
            join(consumer.dir, 'dist/consumer.js'),
            `${env.server.url}/trpc`,
            `${dialect}@example.com`,
          ],
          { cwd: consumer.dir },
        );
        expect(JSON.parse(stdout)).toEqual({
          titles: ['Sample Growth Plan'],
          serviceTitles: ['Sample Growth Plan'],
          afterRevoke: [null, 'invalid_client'],
          reason: 'TOKEN_USED',
          tokenUsed: true,
          sameErrorClass: true,
        });
      });
    });
  }
});
