// Asks the browser to keep the app's IndexedDB data (navigator.storage.persist) so it is never evicted
// under storage pressure, and reports how much space the data uses. Harmless where unsupported.
export type StoragePersistence = {
  supported: boolean;
  persisted: boolean;
  usageBytes: number | null;
  quotaBytes: number | null;
};

type StorageLike = Pick<StorageManager, 'persisted' | 'persist' | 'estimate'>;

export const requestPersistentStorage = async (
  storage: StorageLike | null | undefined = globalThis.navigator?.storage,
): Promise<StoragePersistence> => {
  if (!storage || typeof storage.persist !== 'function') {
    return { supported: false, persisted: false, usageBytes: null, quotaBytes: null };
  }
  try {
    const persisted = (await storage.persisted()) || (await storage.persist());
    const estimate = typeof storage.estimate === 'function' ? await storage.estimate() : {};
    return { supported: true, persisted, usageBytes: estimate.usage ?? null, quotaBytes: estimate.quota ?? null };
  } catch {
    // Some browsers throw in private windows; the data still works, it is just not protected from eviction.
    return { supported: true, persisted: false, usageBytes: null, quotaBytes: null };
  }
};
