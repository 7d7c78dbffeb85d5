// Persistent-storage request: asks only when not yet persisted, reports usage, and degrades where unsupported.
import { describe, expect, it } from 'vitest';
import { requestPersistentStorage } from '../../../renderer/data/persistence.ts';

const storage = (alreadyPersisted: boolean, grants: boolean) => {
  const calls: string[] = [];
  return {
    calls,
    manager: {
      persisted: async () => { calls.push('persisted'); return alreadyPersisted; },
      persist: async () => { calls.push('persist'); return grants; },
      estimate: async () => ({ usage: 1234, quota: 10_000 }),
    },
  };
};

describe('requestPersistentStorage', () => {
  it('asks for persistence when the data is not yet persisted and reports the answer and usage', async () => {
    const { calls, manager } = storage(false, true);
    expect(await requestPersistentStorage(manager)).toEqual({ supported: true, persisted: true, usageBytes: 1234, quotaBytes: 10_000 });
    expect(calls).toEqual(['persisted', 'persist']);
  });

  it('does not ask again when already persisted, and reports a refusal', async () => {
    const granted = storage(true, false);
    expect((await requestPersistentStorage(granted.manager)).persisted).toBe(true);
    expect(granted.calls).toEqual(['persisted']);
    const refused = storage(false, false);
    expect((await requestPersistentStorage(refused.manager)).persisted).toBe(false);
  });

  it('reports unsupported where there is no storage manager', async () => {
    expect(await requestPersistentStorage(null)).toMatchObject({ supported: false, persisted: false });
  });
});
