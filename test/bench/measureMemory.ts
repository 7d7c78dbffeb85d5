// Renderer memory with the large project open: the page's JS heap after a forced garbage collection (CDP), and
// the resident memory of the browser's renderer processes (CDP SystemInfo for their pids, /proc for the size),
// which also covers the DOM, the Workers' heaps and the search index.
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from '@playwright/test';

export type MemoryFigures = {
  jsHeapUsedMb: number;
  jsHeapTotalMb: number;
  rendererRssMb: number | null;
  rendererPssMb: number | null;
  rendererProcesses: number;
};

const MB = 2 ** 20;

/** Resident and proportional set size of a process, from /proc (Linux); null where unreadable. */
const processMemory = async (pid: number): Promise<{ rss: number; pss: number | null } | null> => {
  try {
    const rollup = await readFile(`/proc/${pid}/smaps_rollup`, 'utf8').catch(() => '');
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const rss = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    const pss = /^Pss:\s+(\d+)\s+kB/m.exec(rollup);
    return rss ? { rss: Number(rss[1]) * 1024, pss: pss ? Number(pss[1]) * 1024 : null } : null;
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

  // The app's renderer is the largest renderer process of this browser (the others are spare or empty).
  let largest: { rss: number; pss: number | null } | null = null;
  let rendererProcesses = 0;
  try {
    const browserSession = await browser.newBrowserCDPSession();
    const info = (await browserSession.send('SystemInfo.getProcessInfo')) as { processInfo: ProcessInfo[] };
    await browserSession.detach();
    for (const process of info.processInfo.filter((entry) => entry.type === 'renderer')) {
      const memory = await processMemory(process.id);
      if (memory === null) continue;
      rendererProcesses += 1;
      if (largest === null || memory.rss > largest.rss) largest = memory;
    }
  } catch {
    largest = null;
  }
  return {
    jsHeapUsedMb: heap.usedSize / MB,
    jsHeapTotalMb: heap.totalSize / MB,
    rendererRssMb: largest === null ? null : largest.rss / MB,
    rendererPssMb: largest?.pss == null ? null : largest.pss / MB,
    rendererProcesses,
  };
};
