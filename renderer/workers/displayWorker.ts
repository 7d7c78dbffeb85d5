// Web Worker entry: computes matrix displays off the UI thread (displayService.ts).
import { serveDisplayComputing } from './displayService.ts';

serveDisplayComputing(self);
