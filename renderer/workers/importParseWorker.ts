// Web Worker entry: runs the shared importers on one file at a time, off the UI thread (importParseService.ts).
// PDFs stay on the main thread (pdf.js brings its own worker), everything else is parsed here.
import { serveImportParsing } from './importParseService.ts';

serveImportParsing(self);
