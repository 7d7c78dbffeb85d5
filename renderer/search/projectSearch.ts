// Full-text search of the open project: one SearchClient (a Web Worker where available) built on first use
// from the project's source texts, with progress, then kept in step with imports, deletions and corrections
// through the data-event bus. One instance at a time: opening another project closes the previous index.
import type { Id } from '../../shared/model/index.ts';
import type { CaseweaveDatabase } from '../data/database.ts';
import { keysDeleted, onDataEvent, rowsPut, type DataEvent } from '../data/dataEvents.ts';
import { openSearchClient, type SearchClient } from './searchClient.ts';
import type { SearchHit } from '../../shared/search/index.ts';
import type { HitListOptions, SearchDocument, SearchQueryOptions, SearchResults } from './searchProtocol.ts';

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

  constructor(db: CaseweaveDatabase, projectId: Id, openClient: () => SearchClient = openSearchClient) {
    this.db = db;
    this.projectId = projectId;
    this.openClient = openClient;
    this.stopFollowing = onDataEvent((event) => this.follow(event));
  }

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

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.stopFollowing();
    this.client?.close();
    this.client = null;
    this.listeners.clear();
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
      const rows = await this.db.sourceTexts.where('projectId').equals(this.projectId).toArray();
      const documents: SearchDocument[] = rows.map((row) => ({ id: row.sourceId, text: row.text }));
      this.setStatus({ state: 'building', done: 0, total: documents.length });
      const summary = await client.build(documents, {
        onProgress: ({ done, total }) => {
          if (!this.closed) this.setStatus({ state: 'building', done, total });
        },
      });
      if (!this.closed) this.setStatus({ state: 'ready', documents: summary.documents, revision: ++this.revision });
    } catch (error) {
      if (!this.closed) this.setStatus({ state: 'failed', message: messageOf(error) });
      throw error;
    }
  }

  /** Applies a change of this project's source texts once the build (and earlier changes) are through. */
  private follow(event: DataEvent): void {
    if (this.closed || this.built === null || event.projectId !== this.projectId) return;
    const removed = keysDeleted(event, 'sourceTexts').map(String);
    const texts = rowsPut(event, 'sourceTexts').filter((row) => row.projectId === this.projectId);
    if (removed.length === 0 && texts.length === 0) return;
    const update = async (): Promise<void> => {
      const client = this.client;
      if (this.closed || client === null) return;
      let summary = null;
      for (const sourceId of removed) summary = await client.remove(sourceId);
      for (const row of texts) summary = await client.upsert({ id: row.sourceId, text: row.text });
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
    current = new ProjectSearch(db, projectId);
  }
  return current;
};

/** Closes the open project's search (e.g. when the project is closed or deleted). */
export const closeProjectSearch = (): void => {
  current?.close();
  current = null;
};
