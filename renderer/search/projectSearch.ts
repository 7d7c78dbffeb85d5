// Full-text search of the open project: one SearchClient (a Web Worker where available) that on first use restores
// the index saved with the project (re-indexing only sources changed since) or builds it from the source texts and
// their turns, with progress; then kept in step with imports, deletions and corrections through the data-event bus,
// and saved again a while after it changed. One instance at a time: opening another project closes the previous one.
import type { Id } from '../../shared/model/index.ts';
import type { Turn } from '../../shared/model/index.ts';
import type { CaseweaveDatabase } from '../data/database.ts';
import { keysDeleted, onDataEvent, rowsPut, type DataEvent } from '../data/dataEvents.ts';
import { openSearchClient, type SearchClient } from './searchClient.ts';
import type { SearchHit, TextBlock } from '../../shared/search/index.ts';
import { dropSavedIndexesOfDeletedProjects, readSavedSearchIndex, writeSavedSearchIndex } from './searchIndexCache.ts';
import type { HitListOptions, RestoreSummary, SearchDocument, SearchQueryOptions, SearchResults } from './searchProtocol.ts';

/** Where the index came from when it was last made ready: the save (maybe partly re-indexed) or a build. */
export type IndexOrigin = Pick<RestoreSummary, 'origin' | 'reindexed' | 'removed' | 'problem'>;

export type ProjectSearchOptions = {
  /** Quiet time after the last change before the index is saved (default 5 s); it is then saved when idle. */
  saveDelayMs?: number;
};

const DEFAULT_SAVE_DELAY_MS = 5_000;

/** A turn's range is what the index needs of it: phrases stay inside one. */
const blocksOf = (turns: readonly Turn[] | undefined): TextBlock[] => (turns ?? []).map(({ start, end }) => ({ start, end }));
const blocksKey = (blocks: readonly TextBlock[]): string => blocks.map((block) => `${block.start}-${block.end}`).join(',');

/** Runs `task` when the browser is idle (at once where there is no idle callback: Node, workers). */
const whenIdle = (task: () => void): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => task(), { timeout: 10_000 });
  else task();
};

export type ProjectSearchStatus =
  | { state: 'idle' }
  | { state: 'building'; done: number; total: number }
  /** `revision` grows with every change to the index, so open queries know to run again. */
  | { state: 'ready'; documents: number; revision: number }
  | { state: 'failed'; message: string };

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export class ProjectSearch {
  readonly db: CaseweaveDatabase;
  readonly projectId: Id;
  private client: SearchClient | null = null;
  private status: ProjectSearchStatus = { state: 'idle' };
  private readonly listeners = new Set<() => void>();
  private built: Promise<void> | null = null;
  /** Index updates run after the build, one after another, in the order the data events arrived. */
  private updates: Promise<void> = Promise.resolve();
  private closed = false;
  private revision = 0;
  private readonly stopFollowing: () => void;
  private readonly openClient: () => SearchClient;
  private readonly saveDelayMs: number;
  /** The index holds changes the saved one lacks. */
  private unsaved = false;
  private saveTimer: ReturnType<typeof setTimeout> | null = null;
  private saving: Promise<boolean> = Promise.resolve(false);
  /** The turn ranges each indexed source was indexed with, to notice a change of turns alone. */
  private readonly indexedBlocks = new Map<string, string>();
  private origin: IndexOrigin | null = null;

  constructor(db: CaseweaveDatabase, projectId: Id, openClient: () => SearchClient = openSearchClient, options: ProjectSearchOptions = {}) {
    this.db = db;
    this.projectId = projectId;
    this.openClient = openClient;
    this.saveDelayMs = options.saveDelayMs ?? DEFAULT_SAVE_DELAY_MS;
    this.stopFollowing = onDataEvent((event) => this.follow(event));
  }

  /** Where the ready index came from (null before the first build finished). */
  getIndexOrigin = (): IndexOrigin | null => this.origin;

  getStatus = (): ProjectSearchStatus => this.status;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  /** Starts building the index unless it is built or building; resolves when it is ready (rejects if it failed). */
  ensureBuilt(): Promise<void> {
    if (this.closed) return Promise.reject(new Error('project search closed'));
    if (this.built === null || this.status.state === 'failed') {
      const built = this.build();
      this.built = built;
      // Updates queued behind a failed build have nothing to update: the next build reads the database anew.
      this.updates = built.catch(() => undefined);
    }
    return this.built.then(() => this.updates);
  }

  /**
   * Queries once the index holds every source (building it first if needed). Aborting `signal` withdraws the
   * query (rejects with an AbortError): a query typed over during the build is never sent.
   */
  async query(text: string, options: SearchQueryOptions = {}, signal?: AbortSignal): Promise<SearchResults> {
    return (await this.builtClient()).query(text, options, signal);
  }

  /** Every hit of the query as a range, once the index is built ("select all hits"). */
  async hits(text: string, options: HitListOptions = {}, signal?: AbortSignal): Promise<SearchHit[]> {
    return (await this.builtClient()).hits(text, options, signal);
  }

  /**
   * Saves the index with the project now if it changed since the last save (after pending updates); resolves to
   * whether it wrote. The debounced save calls this; tests and closing call it directly.
   */
  saveNow(): Promise<boolean> {
    const client = this.client;
    if (client === null) return this.saving;
    this.saving = this.saving.then(() => this.persist(client));
    return this.saving;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.stopFollowing();
    if (this.saveTimer !== null) clearTimeout(this.saveTimer);
    const client = this.client;
    this.client = null;
    this.listeners.clear();
    if (client === null) return;
    // Changes not yet saved are saved on the way out (after any save under way); the worker is released after.
    const pending = this.unsaved && this.status.state === 'ready' ? this.saving.then(() => this.persist(client)) : this.saving;
    this.saving = pending.finally(() => client.close());
  }

  private async persist(client: SearchClient): Promise<boolean> {
    await this.updates;
    if (!this.unsaved || this.status.state !== 'ready') return false;
    this.unsaved = false;
    try {
      return await writeSavedSearchIndex(this.db, this.projectId, await client.saveIndex());
    } catch (error) {
      // A failed save costs only a rebuild at the next opening; the index in use is intact.
      this.unsaved = true;
      // A database closed under it (the app or a test shutting down) is no failure worth reporting.
      if (!(error instanceof Error && error.name === 'DatabaseClosedError')) console.error('saving the search index failed', error);
      return false;
    }
  }

  private scheduleSave(): void {
    this.unsaved = true;
    if (this.closed) return;
    if (this.saveTimer !== null) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      whenIdle(() => {
        if (!this.closed) void this.saveNow();
      });
    }, this.saveDelayMs);
  }

  /** The project's sources as the index takes them: text and turn ranges. */
  private async readDocuments(): Promise<SearchDocument[]> {
    const [texts, sources] = await Promise.all([
      this.db.sourceTexts.where('projectId').equals(this.projectId).toArray(),
      this.db.sources.where('projectId').equals(this.projectId).toArray(),
    ]);
    const turnsById = new Map(sources.map((source) => [source.id, source.turns]));
    return texts.map((row) => ({ id: row.sourceId, text: row.text, blocks: blocksOf(turnsById.get(row.sourceId)) }));
  }

  private remember(documents: readonly SearchDocument[]): void {
    for (const document of documents) this.indexedBlocks.set(document.id, blocksKey(document.blocks ?? []));
  }

  private async builtClient(): Promise<SearchClient> {
    await this.ensureBuilt();
    if (this.client === null) throw new Error('project search closed');
    return this.client;
  }

  private setStatus(status: ProjectSearchStatus): void {
    this.status = status;
    for (const listener of [...this.listeners]) listener();
  }

  private async build(): Promise<void> {
    this.client?.close();
    const client = this.openClient();
    this.client = client;
    this.setStatus({ state: 'building', done: 0, total: 0 });
    try {
      const documents = await this.readDocuments();
      const saved = await readSavedSearchIndex(this.db, this.projectId);
      this.setStatus({ state: 'building', done: 0, total: documents.length });
      const onProgress = ({ done, total }: { done: number; total: number }): void => {
        if (!this.closed) this.setStatus({ state: 'building', done, total });
      };
      let summary;
      if (saved === undefined) {
        summary = await client.build(documents, { onProgress });
        this.origin = { origin: 'built', reindexed: documents.length, removed: 0, problem: null };
      } else {
        summary = await client.restoreIndex(saved, documents, { onProgress });
        this.origin = { origin: summary.origin, reindexed: summary.reindexed, removed: summary.removed, problem: summary.problem };
      }
      this.indexedBlocks.clear();
      this.remember(documents);
      if (!this.closed) this.setStatus({ state: 'ready', documents: summary.documents, revision: ++this.revision });
      if (this.origin.origin === 'built' || this.origin.reindexed > 0 || this.origin.removed > 0) this.scheduleSave();
    } catch (error) {
      if (!this.closed) this.setStatus({ state: 'failed', message: messageOf(error) });
      throw error;
    }
  }

  /**
   * Applies a change of this project's sources once the build (and earlier changes) are through: texts put or
   * deleted, and turns changed without the text (a split or merged turn moves a phrase boundary).
   */
  private follow(event: DataEvent): void {
    if (this.closed || this.built === null || event.projectId !== this.projectId) return;
    const removed = keysDeleted(event, 'sourceTexts').map(String);
    const changed = new Set(rowsPut(event, 'sourceTexts').filter((row) => row.projectId === this.projectId).map((row) => row.sourceId));
    for (const source of rowsPut(event, 'sources')) {
      if (source.projectId !== this.projectId || changed.has(source.id)) continue;
      const known = this.indexedBlocks.get(source.id);
      if (known !== undefined && known !== blocksKey(blocksOf(source.turns))) changed.add(source.id);
    }
    if (removed.length === 0 && changed.size === 0) return;
    const update = async (): Promise<void> => {
      const client = this.client;
      if (this.closed || client === null) return;
      let summary = null;
      for (const sourceId of removed) {
        summary = await client.remove(sourceId);
        this.indexedBlocks.delete(sourceId);
      }
      // Read now, not from the event: the rows as they are after every earlier change (text and turns together).
      const ids = [...changed];
      const [texts, sources] = await Promise.all([this.db.sourceTexts.bulkGet(ids), this.db.sources.bulkGet(ids)]);
      const documents: SearchDocument[] = [];
      texts.forEach((row, k) => {
        if (row !== undefined) documents.push({ id: row.sourceId, text: row.text, blocks: blocksOf(sources[k]?.turns) });
      });
      if (documents.length > 0) {
        summary = await client.upsert(documents);
        this.remember(documents);
      }
      if (summary !== null) this.scheduleSave();
      if (summary !== null && !this.closed && this.status.state === 'ready') {
        this.setStatus({ state: 'ready', documents: summary.documents, revision: ++this.revision });
      }
    };
    this.updates = this.updates.then(update).catch((error: unknown) => {
      console.error('search index update failed', error);
    });
  }
}

let current: ProjectSearch | null = null;

/** The search of the open project; asking for another project (or database) closes the previous one. */
export const projectSearchFor = (db: CaseweaveDatabase, projectId: Id): ProjectSearch => {
  if (current === null || current.projectId !== projectId || current.db !== db) {
    current?.close();
    dropSavedIndexesOfDeletedProjects(db);
    current = new ProjectSearch(db, projectId);
  }
  return current;
};

/** Closes the open project's search (e.g. when the project is closed or deleted). */
export const closeProjectSearch = (): void => {
  current?.close();
  current = null;
};
