// Web Worker entry: builds the ecosystem-model report and writes its files off the UI thread (reportService.ts).
import { serveReport } from './reportService.ts';

serveReport(self);
