// The one-write-path lint rule bites: outside commit and its helpers, a renderer file that writes a table
// directly is reported; reading, and handing commit a change, are not.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const eslint = new ESLint({ cwd: repositoryRoot, overrideConfigFile: path.join(repositoryRoot, 'eslint.config.js') });

const writeErrors = async (filePath: string, code: string): Promise<number> => {
  const [result] = await eslint.lintText(code, { filePath: path.join(repositoryRoot, filePath) });
  return result.messages.filter((message) => message.ruleId === 'no-restricted-syntax' && /commit\(\)/.test(message.message)).length;
};

const DIRECT_WRITES = [
  'declare const db: { memos: { put(row: unknown): void; bulkDelete(keys: string[]): void } };',
  'declare const store: { db: { codes: { update(key: string, patch: unknown): void } } };',
  "db.memos.put({});",
  "db.memos.bulkDelete(['m']);",
  "store.db.codes.update('k', {});",
].join('\n');

describe('one write path lint rule', () => {
  it('reports every direct table write in a repository, a screen or the coding store', async () => {
    expect(await writeErrors('renderer/data/memos.ts', DIRECT_WRITES)).toBe(3);
    expect(await writeErrors('renderer/screens/memos/Example.tsx', DIRECT_WRITES)).toBe(3);
  });

  it('lets commit itself and the helpers it runs inside its transaction write', async () => {
    expect(await writeErrors('renderer/data/commit.ts', DIRECT_WRITES)).toBe(0);
    expect(await writeErrors('renderer/data/audit.ts', DIRECT_WRITES)).toBe(0);
  });

  it('does not mistake reads, or other objects with the same method names, for writes', async () => {
    const code = [
      'declare const db: { memos: { get(key: string): void; where(index: string): void } };',
      'const seen = new Map<string, number>();',
      "db.memos.get('m');",
      "db.memos.where('projectId');",
      "seen.delete('x');",
    ].join('\n');
    expect(await writeErrors('renderer/data/memos.ts', code)).toBe(0);
  });
});
