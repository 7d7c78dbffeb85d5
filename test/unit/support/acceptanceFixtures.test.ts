// The acceptance suite cannot silently drop out: vitest always includes it, and without its fixtures the guard
// stops it with a message naming the folder it looked in.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config, { TEST_INCLUDE } from '../../../vitest.config.ts';
import { assertAcceptanceFixtures, missingFixturesProblem } from '../../support/acceptanceFixtures.ts';

describe('the acceptance fixtures guard', () => {
  it('includes the acceptance suite whether or not the fixtures are there', () => {
    expect(TEST_INCLUDE).toContain('test/acceptance/**/*.test.ts');
    expect(config.test?.include).toEqual(TEST_INCLUDE);
  });

  it('names the missing folder and where the fixtures belong', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'caseweave-no-fixtures-'));
    try {
      const problem = missingFixturesProblem(empty);
      expect(problem).toContain(empty);
      expect(problem).toContain('../shared/fixtures');
      expect(() => assertAcceptanceFixtures(empty)).toThrow(empty);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });

  it('lets the suite run once the corpus index is there', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'caseweave-fixtures-'));
    try {
      await writeFile(join(folder, 'informants.csv'), 'id,file\n');
      expect(missingFixturesProblem(folder)).toBeNull();
      expect(() => assertAcceptanceFixtures(folder)).not.toThrow();
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
