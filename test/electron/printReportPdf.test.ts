// The report's PDF in Electron, as plain functions with a fake window: the HTML is loaded into a hidden, sandboxed,
// script-less window as a data: URL that carries it unchanged, printed to A4 with backgrounds, and the window is
// destroyed even when loading or printing fails. The IPC refuses HTML that is not text or too big for a data: URL,
// and main opens only files its own save dialog wrote.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRINT_WINDOW_OPTIONS, printReportPdf, reportDataUrl, type PrintWindow } from '../../electron/ipc/printReportPdf.ts';
import { createSavedFiles } from '../../electron/ipc/savedFiles.ts';
import { IpcArgumentError, parseReportHtml } from '../../electron/ipc/validateArguments.ts';
import { MAX_PRINT_HTML_BYTES } from '../../shared/platform/bridge.ts';

const REPORT = '<!doctype html><html lang="id"><body><h1>Temuan — “pemilik” & <em>pembeli</em></h1><svg width="10" height="10"></svg></body></html>';

const fakeWindow = (behaviour: { failLoad?: boolean; failPrint?: boolean } = {}) => {
  const seen = { options: [] as unknown[], urls: [] as string[], printOptions: [] as unknown[], destroyed: false };
  const window: PrintWindow = {
    webContents: {
      loadURL: async (url) => {
        seen.urls.push(url);
        if (behaviour.failLoad === true) throw new Error('ERR_INVALID_URL');
      },
      printToPDF: async (options) => {
        seen.printOptions.push(options);
        if (behaviour.failPrint === true) throw new Error('printing failed');
        return Buffer.from('%PDF-1.4 fake');
      },
    },
    destroy: () => {
      seen.destroyed = true;
    },
    isDestroyed: () => seen.destroyed,
  };
  return { seen, createWindow: (options: unknown) => { seen.options.push(options); return window; } };
};

const htmlOf = (dataUrl: string): string => Buffer.from(dataUrl.replace(/^data:text\/html;charset=utf-8;base64,/, ''), 'base64').toString('utf8');

describe('printReportPdf', () => {
  it('prints the report HTML, unchanged, to A4 with backgrounds and destroys its window', async () => {
    const { seen, createWindow } = fakeWindow();
    const pdf = await printReportPdf(REPORT, { createWindow });
    expect(new TextDecoder().decode(pdf)).toBe('%PDF-1.4 fake');
    expect(pdf).toBeInstanceOf(Uint8Array);
    expect(seen.urls).toHaveLength(1);
    expect(htmlOf(seen.urls[0])).toBe(REPORT);
    expect(seen.printOptions).toEqual([{ printBackground: true, pageSize: 'A4' }]);
    expect(seen.destroyed).toBe(true);
  });

  it('opens a hidden window with no Node, no preload, no scripts, sandboxed and isolated', async () => {
    const { seen, createWindow } = fakeWindow();
    await printReportPdf(REPORT, { createWindow });
    expect(seen.options).toEqual([PRINT_WINDOW_OPTIONS]);
    const preferences = PRINT_WINDOW_OPTIONS.webPreferences;
    expect(PRINT_WINDOW_OPTIONS.show).toBe(false);
    expect(preferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, webSecurity: true });
    expect(preferences?.preload).toBeUndefined();
  });

  it.each([{ failLoad: true }, { failPrint: true }])('destroys the window and passes the failure on (%o)', async (behaviour) => {
    const { seen, createWindow } = fakeWindow(behaviour);
    await expect(printReportPdf(REPORT, { createWindow })).rejects.toThrow();
    expect(seen.destroyed).toBe(true);
  });

  it('carries characters that would end or break a plain data: URL', () => {
    const tricky = '<p>50% # ? & "quoted" \n next</p>';
    expect(reportDataUrl(tricky)).not.toMatch(/[#?%"\s]/);
    expect(htmlOf(reportDataUrl(tricky))).toBe(tricky);
  });
});

describe('parseReportHtml', () => {
  const channel = 'caseweave:print-report-pdf';

  it('accepts report HTML as it is', () => {
    expect(parseReportHtml(channel, REPORT)).toBe(REPORT);
  });

  it.each([
    ['bytes', new TextEncoder().encode(REPORT)],
    ['an object', { html: REPORT }],
    ['empty text', '   '],
    ['text with NUL', '<p>a\0b</p>'],
  ])('refuses %s', (_what, value) => {
    expect(() => parseReportHtml(channel, value)).toThrow(IpcArgumentError);
  });

  it('refuses HTML whose UTF-8 is bigger than a data: URL can carry, naming the channel', () => {
    // Few characters, many bytes: each "é" is two UTF-8 bytes.
    const big = 'é'.repeat(MAX_PRINT_HTML_BYTES / 2 + 1);
    expect(big.length).toBeLessThan(MAX_PRINT_HTML_BYTES);
    expect(() => parseReportHtml(channel, big)).toThrow(/caseweave:print-report-pdf.*html/);
  });
});

describe('opening a saved report', () => {
  const saved = path.resolve('/tmp/reports/Report.pdf');

  it('opens only files its save dialog wrote, and reports why opening failed', async () => {
    const opened: string[] = [];
    let answer = '';
    const files = createSavedFiles({ openPath: async (file) => { opened.push(file); return answer; } });
    expect(files.remember({ saved: true, path: saved })).toEqual({ saved: true, path: saved });
    files.remember({ saved: false });
    await files.open('caseweave:open-saved-file', saved);
    expect(opened).toEqual([saved]);
    await expect(files.open('caseweave:open-saved-file', path.resolve('/usr/bin/evil'))).rejects.toThrow(IpcArgumentError);
    await expect(files.open('caseweave:open-saved-file', 'Report.pdf')).rejects.toThrow(IpcArgumentError);
    answer = 'No application is associated with this file';
    await expect(files.open('caseweave:open-saved-file', saved)).rejects.toThrow('No application');
    expect(opened).toEqual([saved, saved]);
  });
});
