// Renderer memory with the large project open: the page's JS heap after a forced garbage collection (CDP), and
// the resident memory of the browser's renderer processes (CDP SystemInfo for their pids, /proc for the size),
// which also covers the DOM, the Workers' heaps and the search index.
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from '@playwright/test';

export type MemoryFigures = { jsHeapUsedMb: number; jsHeapTotalMb: number; rendererRssMb: number | null; rendererProcesses: number };

const MB = 2 ** 20;

const residentBytes = async (pid: number): Promise<number | null> => {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
};

type ProcessInfo = { type: string; id: number };

export const measureRendererMemory = async (browser: Browser, page: Page): Promise<MemoryFigures> => {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.collectGarbage');
  const heap = await session.send('Runtime.getHeapUsage');
  await session.detach();

  let rendererRss: number | null = null;
  let rendererProcesses = 0;
  try {
    const browserSession = await browser.newBrowserCDPSession();
    const info = (await browserSession.send('SystemInfo.getProcessInfo')) as { processInfo: ProcessInfo[] };
    await browserSession.detach();
    for (const process of info.processInfo.filter((entry) => entry.type === 'renderer')) {
      const bytes = await residentBytes(process.id);
      if (bytes === null) continue;
      rendererRss = (rendererRss ?? 0) + bytes;
      rendererProcesses += 1;
    }
  } catch {
    rendererRss = null;
  }
  return {
    jsHeapUsedMb: heap.usedSize / MB,
    jsHeapTotalMb: heap.totalSize / MB,
    rendererRssMb: rendererRss === null ? null : rendererRss / MB,
    rendererProcesses,
  };
};
