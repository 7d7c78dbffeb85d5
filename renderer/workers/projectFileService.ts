// Project files as a service of the worker protocol, off the UI thread: `save` reads a project out of the database
// (this thread's own connection to it, one read transaction) and writes the `.caseweave` bytes; `open` reads and
// validates a file's bytes into a snapshot. Both report progress. Nothing is kept between calls but the database
// connections, so if the worker dies the calls simply move to the main thread.
import type { Id } from '../../shared/model/index.ts';
import { readProjectFile, type ProjectFileReading } from '../../shared/projectFile/readProjectFile.ts';
import { writeProjectFile } from '../../shared/projectFile/writeProjectFile.ts';
import type { ProjectFileMeta } from '../../shared/projectFile/projectFileFormat.ts';
import type { CaseweaveDatabase } from '../data/database.ts';
import { readProjectSnapshot } from '../data/projectSnapshots.ts';
import type { RpcEndpoint, RpcProgress } from './rpcMessages.ts';
import { serveRpc } from './rpcServer.ts';

export type ProjectFileMethods = {
  save: { params: { databaseName: string; projectId: Id; meta: ProjectFileMeta }; result: Uint8Array };
  /** A refused file is an outcome too (ok: false); only a bug fails the call. */
  open: { params: { bytes: Uint8Array; fileName: string }; result: ProjectFileReading };
};

/** Progress in thousandths; reading the database takes about the first fifth of a save. */
const PROGRESS_STEPS = 1000;
const READ_SHARE = 0.2;

const progressOf = (fraction: number): RpcProgress => ({ done: Math.round(fraction * PROGRESS_STEPS), total: PROGRESS_STEPS });

/** Starts answering project-file calls sent to `endpoint`; `database` opens (or hands over) the database of a name. */
export const serveProjectFiles = (endpoint: RpcEndpoint, database: (name: string) => CaseweaveDatabase): (() => void) =>
  serveRpc<ProjectFileMethods>(endpoint, {
    save: async ({ databaseName, projectId, meta }, { progress, signal, transfer }) => {
      progress(progressOf(0));
      const snapshot = await readProjectSnapshot(database(databaseName), projectId);
      signal.throwIfAborted();
      progress(progressOf(READ_SHARE));
      const bytes = await writeProjectFile(snapshot, meta, { onProgress: (fraction) => progress(progressOf(READ_SHARE + (1 - READ_SHARE) * fraction)) });
      transfer([bytes.buffer]);
      return bytes;
    },
    open: async ({ bytes, fileName }, { progress }) => {
      progress(progressOf(0));
      const reading = await readProjectFile(bytes, { fileName });
      progress(progressOf(1));
      return reading;
    },
  });
