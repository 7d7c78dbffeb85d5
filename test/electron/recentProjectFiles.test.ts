// The recent list on its own, with an in-memory file: newest first, each path once, at most ten, gone files dropped,
// a damaged list read as empty, and every change reported so the Open recent menu follows.
import { describe, expect, it } from 'vitest';
import { MAX_RECENT_PROJECT_FILES, createRecentProjectFiles, parseRecentList } from '../../electron/ipc/recentProjectFiles.ts';
import type { RecentProjectFile } from '../../shared/platform/bridge.ts';

const LIST = '/userData/recent-project-files.json';

const memoryList = (initial?: string, existing: (file: string) => boolean = () => true) => {
  const files = new Map<string, string>(initial === undefined ? [] : [[LIST, initial]]);
  const changes: RecentProjectFile[][] = [];
  let minute = 0;
  const recent = createRecentProjectFiles({
    listFile: LIST,
    readFile: async (file) => {
      const text = files.get(file);
      if (text === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return text;
    },
    writeFile: async (file, text) => {
      files.set(file, text);
    },
    isFile: async (file) => existing(file),
    now: () => new Date(Date.UTC(2026, 2, 1, 9, (minute += 1))),
    changed: (list) => changes.push(list),
  });
  return { recent, files, changes };
};

describe('recent project files', () => {
  it('puts the newest first, lists each path once, and keeps at most ten', async () => {
    const { recent } = memoryList();
    for (let index = 1; index <= 12; index += 1) await recent.add(`/studies/p${index}.caseweave`);
    await recent.add('/studies/p5.caseweave');
    const list = await recent.list();
    expect(list).toHaveLength(MAX_RECENT_PROJECT_FILES);
    expect(list.map((file) => file.fileName).slice(0, 3)).toEqual(['p5.caseweave', 'p12.caseweave', 'p11.caseweave']);
    expect(list.filter((file) => file.path === '/studies/p5.caseweave')).toHaveLength(1);
    expect(await recent.includes('/studies/p1.caseweave')).toBe(false);
  });

  it('stores the list so a new app run reads it back', async () => {
    const first = memoryList();
    await first.recent.add('/studies/Kendang.caseweave');
    const stored = first.files.get(LIST) ?? '';
    const second = memoryList(stored);
    expect(await second.recent.list()).toEqual([
      { path: '/studies/Kendang.caseweave', fileName: 'Kendang.caseweave', openedAt: '2026-03-01T09:01:00.000Z' },
    ]);
  });

  it('drops files that are gone for good, and reports the change', async () => {
    const present = new Set(['/studies/a.caseweave']);
    const { recent, changes } = memoryList(undefined, (file) => present.has(file));
    await recent.add('/studies/a.caseweave');
    await recent.add('/studies/b.caseweave');
    expect((await recent.list()).map((file) => file.fileName)).toEqual(['a.caseweave']);
    present.add('/studies/b.caseweave');
    expect((await recent.list()).map((file) => file.fileName)).toEqual(['a.caseweave']);
    expect(changes.map((list) => list.length)).toEqual([1, 2, 1]);
  });

  it('keeps two saves finishing together', async () => {
    const { recent } = memoryList();
    await Promise.all([recent.add('/a.caseweave'), recent.add('/b.caseweave'), recent.remove('/nothing.caseweave')]);
    expect((await recent.list()).map((file) => file.path).sort()).toEqual(['/a.caseweave', '/b.caseweave']);
  });

  it.each([
    ['not JSON', '{"files": ['],
    ['another shape', '["/a.caseweave"]'],
    ['entries without paths', '{"files": [{"openedAt": "x"}, 7]}'],
    ['relative paths', '{"files": [{"path": "a.caseweave", "openedAt": "2026-01-01T00:00:00Z"}]}'],
  ])('reads a damaged list (%s) as empty', (_label, text) => {
    expect(parseRecentList(text)).toEqual([]);
  });

  it('keeps the sound entries of a partly damaged list', () => {
    const text = JSON.stringify({
      files: [
        { path: '/a.caseweave', openedAt: '2026-01-02T00:00:00Z' },
        { path: 42 },
        { path: '/a.caseweave', openedAt: '2026-01-01T00:00:00Z' },
        { path: '/b.caseweave', openedAt: '2026-01-01T00:00:00Z' },
      ],
    });
    expect(parseRecentList(text).map((file) => file.path)).toEqual(['/a.caseweave', '/b.caseweave']);
  });
});
