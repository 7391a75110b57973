import { defineConfig } from 'vitest/config';

/** Browser tests: real headless Chromium (Debian's) driven by playwright-core, against a real server. */
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/setup/dynamodb-global.ts', 'tests/setup/evm-global.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['default', './tests/setup/summary-reporter.ts'],
    pool: 'forks',
    maxWorkers: 1,
  },
});
