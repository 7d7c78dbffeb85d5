// The search Web Worker (a module worker): holds the project's full-text index off the UI thread.
// Started by startSearchWorker() (workerConnections.ts); speaks the worker protocol of rpcMessages.ts.
import { serveSearchRequests } from '../search/searchService.ts';

serveSearchRequests(self);
