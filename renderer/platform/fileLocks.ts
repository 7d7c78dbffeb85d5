// One tab at a time writes a project file: a Web Lock named after the file is held while a tab has the file open,
// and a second tab that finds it held opens the file read-only. Locks are per origin and vanish with the tab that
// held them (a crash leaves no stale lock). Where Web Locks are missing nothing is locked.
export type HeldFileLock = { release: () => void };

const lockName = (fileKey: string): string => `caseweave-project-file:${fileKey}`;

/** Takes the file's lock when it is free; null when another tab holds it. */
export const tryLockFile = (fileKey: string): Promise<HeldFileLock | null> => {
  const locks = globalThis.navigator?.locks;
  if (locks === undefined) return Promise.resolve({ release: () => undefined });
  return new Promise((resolve, reject) => {
    locks
      .request(lockName(fileKey), { ifAvailable: true }, (lock) => {
        if (lock === null) {
          resolve(null);
          return undefined;
        }
        // The lock is held until this promise settles, i.e. until release() is called.
        return new Promise<void>((release) => resolve({ release: () => release() }));
      })
      .catch(reject);
  });
};
