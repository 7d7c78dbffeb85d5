// The import parser as a service of the worker protocol: runs the shared importers on one file per call, off the
// UI thread. It keeps nothing between calls, so if its worker dies the calls can simply move to the main thread.
import { importFile } from '../../shared/import/importFile.ts';
import type { ImportInput, ImportOutcome } from '../../shared/import/importTypes.ts';
import type { ParseChoices } from '../../shared/import/parsedDocument.ts';
import type { RpcEndpoint } from './rpcMessages.ts';
import { serveRpc } from './rpcServer.ts';

export type ImportParseMethods = {
  /** A refused file is an outcome too (ok: false); only a bug in an importer fails the call. */
  parse: { params: { file: ImportInput; choices?: ParseChoices }; result: ImportOutcome };
};

/** Starts parsing files sent to `endpoint`; returns a function that stops listening. */
export const serveImportParsing = (endpoint: RpcEndpoint): (() => void) =>
  serveRpc<ImportParseMethods>(endpoint, { parse: ({ file, choices }, { signal }) => importFile(file, { ...choices, signal }) });
