// Writing the codebook as a service of the worker protocol: the Word writer (docx) takes a noticeable moment on a
// large code tree, so the writers run off the UI thread. The document is built by the caller; the files' bytes are
// transferred back, not copied. It keeps nothing between calls, so its calls can move to the main thread if the
// worker dies.
import type { CodebookFormat } from '../../shared/report/codebookFiles.ts';
import type { ReportDocument, ReportFiles } from '../../shared/report/reportDocument.ts';
import type { RpcEndpoint } from './rpcMessages.ts';
import { serveRpc } from './rpcServer.ts';

export type CodebookWriterMethods = {
  write: { params: { document: ReportDocument; format: CodebookFormat }; result: ReportFiles };
};

export const serveCodebookWriting = (endpoint: RpcEndpoint): (() => void) =>
  serveRpc<CodebookWriterMethods>(endpoint, {
    write: async ({ document, format }, { signal, transfer }) => {
      // The writers load with the first codebook, never with the app.
      const { codebookFiles } = await import('../../shared/report/codebookFiles.ts');
      signal.throwIfAborted();
      const files = await codebookFiles(document, format);
      transfer([files.main.buffer, ...files.extra.map((file) => file.bytes.buffer)]);
      return files;
    },
  });
