// Web Worker entry: writes the codebook as Word, Markdown or HTML off the UI thread (codebookWriterService.ts).
import { serveCodebookWriting } from './codebookWriterService.ts';

serveCodebookWriting(self);
