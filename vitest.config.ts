import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
    exclude: ['tests/browser/**', 'node_modules/**'],
    // Real DynamoDB Local and a real local EVM node, started once for the whole run.
    globalSetup: ['tests/setup/dynamodb-global.ts', 'tests/setup/evm-global.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ['default', './tests/setup/summary-reporter.ts'],
    pool: 'forks',
    fileParallelism: true,
    maxWorkers: 2,
  },
});
