import { defaultServerConditions } from 'vite';
import { configDefaults, defineConfig } from 'vitest/config';

const BROWSER_TESTS = 'apps/web/src/**/*.browser.test.ts';

// Files share a worker's module graph (no re-import of the server, tRPC and drivers per file):
// the suite spent more time importing than testing. No test mocks modules or relies on fresh
// module state; each starts its own servers and databases.
const shared = { testTimeout: 30_000, hookTimeout: 60_000, isolate: false };
// Workspace packages are read from their sources (see their `exports`): no build of them first.
const sources = {
  ssr: { resolve: { conditions: ['@dyocense/source', ...defaultServerConditions] } },
};

export default defineConfig({
  test: {
    // Checks PostgreSQL and Redis, builds the server bundle: once per run, whatever is selected.
    globalSetup: ['./vitest.global-setup.ts'],
    // Most tests wait on sockets, databases and child processes, not the CPU: on two cores,
    // two files at a time (Vitest's default is cores − 1) halves the suite's time.
    maxWorkers: 2,
    // Two projects so that the web build (the browser project's global setup) runs only when a
    // browser test is selected: Vitest sets up only the projects that have files to run.
    projects: [
      {
        ...sources,
        test: {
          ...shared,
          name: 'node',
          include: ['{packages,apps}/*/src/**/*.test.ts'],
          exclude: [...configDefaults.exclude, BROWSER_TESTS],
        },
      },
      {
        ...sources,
        test: {
          ...shared,
          name: 'browser',
          include: [BROWSER_TESTS],
          globalSetup: ['./apps/web/vitest.global-setup.ts'],
        },
      },
    ],
  },
});
