// Vitest: unit (shared/, electron/), integration (renderer data layer on fake-indexeddb) and acceptance suites.
import { existsSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const fixtureSetA = '../shared/fixtures/kendang-jimbe';
const include = ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts', 'test/electron/**/*.test.ts'];
// The acceptance suite reads the fixtures handed to the project beside the checkout; it runs whenever they are there.
if (existsSync(fixtureSetA)) include.push('test/acceptance/**/*.test.ts');

export default defineConfig({
  test: {
    include,
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
