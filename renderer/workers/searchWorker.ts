// The search Web Worker (a module worker): holds the project's full-text index off the UI thread.
// Started by openSearchClient() with new Worker(new URL('../workers/searchWorker.ts', import.meta.url), { type: 'module' }).
import { serveSearchRequests } from '../search/searchService.ts';

serveSearchRequests(self);
