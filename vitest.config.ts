// Vitest: unit (shared/, electron/, cli/), integration (renderer data layer on fake-indexeddb) and acceptance suites.
// The acceptance suite is always included: without its fixtures it fails loudly (test/support/acceptanceFixtures.ts)
// rather than leaving the run a few tests shorter. The CLI is bundled first, since tests run the built command.
import { defineConfig } from 'vitest/config';

export const TEST_INCLUDE = [
  'test/unit/**/*.test.ts',
  'test/integration/**/*.test.ts',
  'test/electron/**/*.test.ts',
  'test/acceptance/**/*.test.ts',
];

export default defineConfig({
  test: {
    include: TEST_INCLUDE,
    globalSetup: ['test/support/vitestGlobalSetup.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
