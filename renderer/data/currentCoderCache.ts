// The current coder's id as the CodingStore stamps it on new codings: read once and kept until a committed change
// touches the coders or the installation settings, so applying a code costs no extra read.
import type { Id } from '../../shared/model/index.ts';
import { getCurrentCoder } from './coders.ts';
import type { CaseweaveDatabase } from './database.ts';
import { onDataEvent, writesTo } from './dataEvents.ts';

export class CurrentCoderCache {
  private readonly db: CaseweaveDatabase;
  private value: Id | null = null;
  private generation = 0;
  private readonly stopListening: () => void;

  constructor(db: CaseweaveDatabase) {
    this.db = db;
    this.stopListening = onDataEvent((event) => {
      if (!writesTo(event, 'coders', 'appState')) return;
      this.value = null;
      this.generation += 1;
    });
  }

  async id(): Promise<Id> {
    if (this.value !== null) return this.value;
    const generation = this.generation;
    const { id } = await getCurrentCoder(this.db);
    // A change that landed while reading makes this value stale: keep it for this call only.
    if (generation === this.generation) this.value = id;
    return id;
  }

  dispose(): void {
    this.stopListening();
  }
}
