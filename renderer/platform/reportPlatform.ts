// What the platform does for the report: inside Electron, main prints its HTML to PDF with Chromium and opens a
// saved report with the system's application; in the browser there is no printer to ask (the caller draws the PDF
// itself) and "Open" shows the report in a new tab from a local object URL.
import { MAX_PRINT_HTML_BYTES } from '../../shared/platform/bridge.ts';
import { readBridge } from './platform.ts';

/** The report's PDF printed by Electron's Chromium; null in the browser or for a report too big to hand over. */
export const printPdfNatively = async (html: string): Promise<Uint8Array | null> => {
  const bridge = readBridge();
  if (bridge === null || new TextEncoder().encode(html).byteLength > MAX_PRINT_HTML_BYTES) return null;
  return bridge.printReportPdf(html);
};

/** True where a saved report can be opened by path (Electron); the browser opens its bytes instead. */
export const opensSavedFiles = (): boolean => readBridge() !== null;

/** Opens a report this window saved, with the system's default application (Electron only). */
export const openSavedFile = async (path: string): Promise<void> => {
  const bridge = readBridge();
  if (bridge === null) throw new Error('no file system to open the report from');
  await bridge.openSavedFile(path);
};

/** How long the new tab's object URL stays valid (the tab has loaded it long before). */
const TAB_URL_LIFETIME_MS = 60_000;

/** Shows bytes in a new browser tab (the report's HTML or PDF); false when the browser refused to open one. */
export const openInNewTab = (bytes: Uint8Array, mimeType: string): boolean => {
  const url = URL.createObjectURL(new Blob([bytes.slice()], { type: mimeType }));
  const opened = globalThis.open(url, '_blank');
  setTimeout(() => URL.revokeObjectURL(url), TAB_URL_LIFETIME_MS);
  if (opened === null) return false;
  opened.opener = null;
  return true;
};
