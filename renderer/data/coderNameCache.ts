// The coder's name as the CodingStore stamps it on new codings, read once and kept until the appState table is
// written through this database (its Dexie hooks drop the cached value), so applying a code costs no extra read.
import { getCoderName } from './appState.ts';
import type { CaseweaveDatabase } from './database.ts';

export class CoderNameCache {
  private readonly db: CaseweaveDatabase;
  private value: string | null = null;
  private generation = 0;
  private readonly forget = (): void => {
    this.value = null;
    this.generation += 1;
  };

  constructor(db: CaseweaveDatabase) {
    this.db = db;
    db.appState.hook('creating', this.forget);
    db.appState.hook('updating', this.forget);
    db.appState.hook('deleting', this.forget);
  }

  async get(): Promise<string> {
    if (this.value !== null) return this.value;
    const generation = this.generation;
    const name = await getCoderName(this.db);
    // A write that landed while reading makes this value stale: keep it for this call only.
    if (generation === this.generation) this.value = name;
    return name;
  }

  dispose(): void {
    this.db.appState.hook('creating').unsubscribe(this.forget);
    this.db.appState.hook('updating').unsubscribe(this.forget);
    this.db.appState.hook('deleting').unsubscribe(this.forget);
  }
}
