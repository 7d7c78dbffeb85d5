// Saving a project to `.caseweave` bytes and reading a file's bytes back, through the project-file worker so the UI
// keeps painting (on this thread, with the same code, where no worker runs: tests, a blocked worker script).
// Progress is reported as a fraction from 0 to 1.
import type { Id } from '../../../shared/model/index.ts';
import type { ProjectFileReading } from '../../../shared/projectFile/readProjectFile.ts';
import type { RpcClient } from '../../workers/rpcClient.ts';
import { serveProjectFiles, type ProjectFileMethods } from '../../workers/projectFileService.ts';
import { openServiceClient, startProjectFileWorker } from '../../workers/workerConnections.ts';
import type { RpcProgress } from '../../workers/rpcMessages.ts';
import type { CaseweaveDatabase } from '../database.ts';
import { projectFileMeta } from '../projectFileMeta.ts';

export type ProjectFileWorkOptions = { onProgress?: (fraction: number) => void; signal?: AbortSignal };

const clients = new WeakMap<CaseweaveDatabase, RpcClient<ProjectFileMethods>>();

const clientOf = (db: CaseweaveDatabase): RpcClient<ProjectFileMethods> => {
  let client = clients.get(db);
  if (client === undefined) {
    client = openServiceClient<ProjectFileMethods>(startProjectFileWorker(), (endpoint) => serveProjectFiles(endpoint, () => db), { stateless: true });
    clients.set(db, client);
  }
  return client;
};

const callOptions = ({ onProgress, signal }: ProjectFileWorkOptions) => ({
  signal,
  onProgress: onProgress === undefined ? undefined : (progress: RpcProgress) => onProgress(progress.total === 0 ? 0 : progress.done / progress.total),
});

/** The project as the bytes of its `.caseweave` file, stamped with this app's version and schema and the time now. */
export const projectFileBytes = (db: CaseweaveDatabase, projectId: Id, options: ProjectFileWorkOptions = {}): Promise<Uint8Array> =>
  clientOf(db).call('save', { databaseName: db.name, projectId, meta: projectFileMeta(new Date(db.clock())) }, callOptions(options));

/** A file's bytes read and validated: its snapshot and the repairs it needs, or why it is refused. Writes nothing. */
export const readProjectFileBytes = (
  db: CaseweaveDatabase, bytes: Uint8Array, fileName: string, options: ProjectFileWorkOptions = {},
): Promise<ProjectFileReading> => clientOf(db).call('open', { bytes, fileName }, callOptions(options));
