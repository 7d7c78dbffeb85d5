// Makes the codebook in the app: reads the open project as a snapshot (the same reading a project file is written
// from), builds the codebook document with the shared code, and has the codebook worker lay it out as Word, Markdown
// or HTML (on this thread only if no worker can start).
import { buildCodebookDocument, type CodebookOptions } from '../../shared/report/codebookContent.ts';
import { codebookFileName, type CodebookFormat } from '../../shared/report/codebookFiles.ts';
import type { ReportFiles } from '../../shared/report/reportDocument.ts';
import type { Id } from '../../shared/model/index.ts';
import type { RpcClient } from '../workers/rpcClient.ts';
import { serveCodebookWriting, type CodebookWriterMethods } from '../workers/codebookWriterService.ts';
import { openServiceClient, startCodebookWriterWorker } from '../workers/workerConnections.ts';
import type { CaseweaveDatabase } from './database.ts';
import { readProjectSnapshot } from './projectSnapshots.ts';

let writer: RpcClient<CodebookWriterMethods> | null = null;
const codebookWriter = (): RpcClient<CodebookWriterMethods> => {
  writer ??= openServiceClient<CodebookWriterMethods>(startCodebookWriterWorker(), serveCodebookWriting, { stateless: true });
  return writer;
};

/** The codebook's files and the name to offer the main one under (in the codebook's language). */
export const codebookExportFiles = async (
  db: CaseweaveDatabase, projectId: Id, format: CodebookFormat, options: CodebookOptions,
): Promise<{ fileName: string; files: ReportFiles }> => {
  const document = buildCodebookDocument(await readProjectSnapshot(db, projectId), options);
  const files = await codebookWriter().call('write', { document, format });
  return { fileName: codebookFileName(document, format), files };
};
