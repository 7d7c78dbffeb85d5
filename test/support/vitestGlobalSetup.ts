// Vitest global setup: bundles the CLI once before any test file runs, so the tests that start `node bin/caseweave.mjs`
// drive today's cli/ and shared/ sources, never a bundle left over from an earlier checkout.
import { buildCli } from '../../scripts/build-cli.mjs';

export const setup = async (): Promise<void> => {
  await buildCli();
};
