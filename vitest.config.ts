import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{packages,apps}/*/src/**/*.test.ts'],
    globalSetup: ['./vitest.global-setup.ts', './apps/web/vitest.global-setup.ts'],
    // Most tests wait on sockets, databases and child processes, not the CPU: on two cores,
    // two files at a time (Vitest's default is cores − 1) halves the suite's time.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
