// The recent project files: a small JSON list in the app's data folder, newest first, at most ten, each path once.
// Files that are gone are dropped when the list is read. Main trusts a path from the renderer only if it granted it,
// and this list is one of the two places a grant comes from (the other is its own dialogs).
import path from 'node:path';
import type { RecentProjectFile } from '../../shared/platform/bridge.ts';

export const MAX_RECENT_PROJECT_FILES = 10;

export type RecentProjectFilesDeps = {
  /** e.g. <userData>/recent-project-files.json */
  listFile: string;
  readFile: (file: string) => Promise<string>;
  writeFile: (file: string, text: string) => Promise<void>;
  /** True when `file` still exists as a file. */
  isFile: (file: string) => Promise<boolean>;
  now: () => Date;
  /** Told whenever the list changes, e.g. to rebuild File → Open recent. */
  changed?: (files: RecentProjectFile[]) => void;
};

type StoredList = { files: { path: string; openedAt: string }[] };

const isStoredEntry = (value: unknown): value is { path: string; openedAt: string } =>
  typeof value === 'object' &&
  value !== null &&
  'path' in value &&
  'openedAt' in value &&
  typeof value.path === 'string' &&
  path.isAbsolute(value.path) &&
  typeof value.openedAt === 'string';

/** A damaged or foreign list file is read as empty: the recent list is a convenience, never a reason to fail. */
export const parseRecentList = (text: string): RecentProjectFile[] => {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return [];
  }
  if (typeof value !== 'object' || value === null || !('files' in value) || !Array.isArray(value.files)) return [];
  const entries: unknown[] = value.files;
  const seen = new Set<string>();
  const files: RecentProjectFile[] = [];
  for (const entry of entries) {
    if (!isStoredEntry(entry) || seen.has(entry.path)) continue;
    seen.add(entry.path);
    files.push({ path: entry.path, fileName: path.basename(entry.path), openedAt: entry.openedAt });
  }
  return files.slice(0, MAX_RECENT_PROJECT_FILES);
};

export type RecentProjectFiles = ReturnType<typeof createRecentProjectFiles>;

export const createRecentProjectFiles = (deps: RecentProjectFilesDeps) => {
  let cached: RecentProjectFile[] | null = null;
  // Changes run one after another, so two saves finishing together cannot drop each other's entry.
  let queue: Promise<unknown> = Promise.resolve();
  const serialised = <T>(change: () => Promise<T>): Promise<T> => {
    const next = queue.then(change, change);
    queue = next.catch(() => undefined);
    return next;
  };

  const load = async (): Promise<RecentProjectFile[]> => {
    if (cached === null) cached = parseRecentList(await deps.readFile(deps.listFile).catch(() => ''));
    return cached;
  };

  const store = async (files: RecentProjectFile[]): Promise<RecentProjectFile[]> => {
    cached = files;
    const stored: StoredList = { files: files.map((file) => ({ path: file.path, openedAt: file.openedAt })) };
    await deps.writeFile(deps.listFile, `${JSON.stringify(stored, null, 2)}\n`);
    deps.changed?.(files);
    return files;
  };

  return {
    /** The list without the files that are gone (which are dropped for good). */
    list: (): Promise<RecentProjectFile[]> =>
      serialised(async () => {
        const files = await load();
        const present = await Promise.all(files.map((file) => deps.isFile(file.path)));
        const kept = files.filter((_file, index) => present[index]);
        return kept.length === files.length ? kept : store(kept);
      }),
    /** True when `file` is on the stored list (whether or not it still exists). */
    includes: async (file: string): Promise<boolean> => (await serialised(load)).some((entry) => entry.path === file),
    /** Puts `file` first, opened now. */
    add: (file: string): Promise<RecentProjectFile[]> =>
      serialised(async () => {
        const entry: RecentProjectFile = { path: file, fileName: path.basename(file), openedAt: deps.now().toISOString() };
        const others = (await load()).filter((existing) => existing.path !== file);
        return store([entry, ...others].slice(0, MAX_RECENT_PROJECT_FILES));
      }),
    remove: (file: string): Promise<RecentProjectFile[]> =>
      serialised(async () => {
        const files = await load();
        return files.some((entry) => entry.path === file) ? store(files.filter((entry) => entry.path !== file)) : files;
      }),
  };
};
