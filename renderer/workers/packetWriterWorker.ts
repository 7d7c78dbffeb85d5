// Web Worker entry: writes member-check packets as DOCX or PDF off the UI thread (packetWriterService.ts).
import { servePacketWriting } from './packetWriterService.ts';

servePacketWriting(self);
