// The report's PDF inside the app: Chromium prints the report's own HTML, so the PDF shows exactly the preview, its
// figures stay vectors and its text stays text. The HTML is loaded as a data: URL into a hidden window of its own —
// sandboxed, isolated, no Node, no preload, no JavaScript — which is destroyed whatever happens. The window is never
// shown rather than in offscreen-rendering mode: that mode paints frames for capture, which printing does not need.
import type { BrowserWindowConstructorOptions } from 'electron';

/** The part of a BrowserWindow printing needs; Electron's satisfies it, and so does a test's fake. */
export type PrintWindow = {
  webContents: {
    loadURL(url: string): Promise<void>;
    printToPDF(options: { printBackground: boolean; pageSize: 'A4' }): Promise<Uint8Array>;
  };
  destroy(): void;
  isDestroyed(): boolean;
};

export type PrintReportPdfDeps = { createWindow: (options: BrowserWindowConstructorOptions) => PrintWindow };

export const PRINT_WINDOW_OPTIONS: BrowserWindowConstructorOptions = {
  show: false,
  width: 794,
  height: 1123,
  webPreferences: {
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    javascript: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    images: true,
  },
};

/** The HTML as a data: URL (base64, so no character of the report can end the URL early). */
export const reportDataUrl = (html: string): string => `data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`;

/** `html` must already be validated (parseReportHtml). */
export const printReportPdf = async (html: string, deps: PrintReportPdfDeps): Promise<Uint8Array> => {
  const window = deps.createWindow(PRINT_WINDOW_OPTIONS);
  try {
    await window.webContents.loadURL(reportDataUrl(html));
    const pdf = await window.webContents.printToPDF({ printBackground: true, pageSize: 'A4' });
    // A Node Buffer crosses IPC as a Uint8Array either way; hand back a plain one.
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    if (!window.isDestroyed()) window.destroy();
  }
};
