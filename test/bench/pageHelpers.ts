// In-page timing helpers, installed before the app's own scripts (Playwright init scripts run outside the page's
// CSP). They live on `window.__caseweaveBench`: the time of the last user event of each type, a paint clock
// (condition seen in an animation frame, then the message after that frame's rendering), and a frame-gap monitor
// that tells whether long work froze the window.
import type { BrowserContext } from '@playwright/test';

export type PageBench = {
  /**
   * performance.now()-based timeStamp of the latest event of each type (capture phase, before the app sees it);
   * 'worker-post' is the last time the page posted a message to a Worker.
   */
  lastEvent: Record<string, number>;
  /** Resolves with the time the frame in which `condition` first held had been rendered; rejects after `timeoutMs`. */
  paintedWhen: (condition: () => boolean, timeoutMs: number) => Promise<number>;
  /** Resolves after the next rendered frame. */
  nextPaint: () => Promise<number>;
  startFrameMonitor: () => void;
  /** Longest gap between animation frames since start, and the number of gaps over 200 ms. */
  stopFrameMonitor: () => { longestGapMs: number; gapsOver200Ms: number; frames: number };
  /** A pending measurement started before Playwright acts (click, key press); awaited afterwards. */
  armed: Promise<number> | null;
  /** Arms `armed` with the paint after the next `eventType` event has been handled by the app (bubble phase, window). */
  armPaintAfterEvent: (eventType: string, timeoutMs: number) => void;
  /**
   * Selects a range of a few words inside one visible text span of `rootSelector` (spans matching `spanSelector`);
   * `variant` picks the span and the position, so repeated calls select different ranges. Returns the text.
   */
  selectRange: (rootSelector: string, spanSelector: string, variant: number) => string;
  /** Codings on screen: ranges in CSS highlights named `highlightPrefix…` plus elements matching `markSelector`. */
  codedMarks: (highlightPrefix: string, markSelector: string) => number;
};

declare global {
  var __caseweaveBench: PageBench;
}

const installBenchHelpers = (): void => {
  const lastEvent: Record<string, number> = {};
  for (const type of ['pointerdown', 'mousedown', 'click', 'keydown', 'input', 'change']) {
    addEventListener(type, (event) => {
      lastEvent[type] = event.timeStamp;
    }, { capture: true });
  }
  // The search index lives in a Worker: the time a request is posted splits UI debounce from engine + render time.
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function postAndRecord(this: Worker, ...args: Parameters<Worker['postMessage']>) {
    lastEvent['worker-post'] = performance.now();
    return post.apply(this, args);
  } as Worker['postMessage'];
  const afterRender = (resolve: (at: number) => void): void => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(null);
  };
  const paintedWhen = (condition: () => boolean, timeoutMs: number): Promise<number> =>
    new Promise((resolve, reject) => {
      const deadline = performance.now() + timeoutMs;
      const check = (): void => {
        let holds = false;
        try {
          holds = condition();
        } catch {
          holds = false;
        }
        if (holds) afterRender(resolve);
        else if (performance.now() > deadline) reject(new Error(`condition not met within ${timeoutMs} ms`));
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
  const nextPaint = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(() => afterRender(resolve)));
  let monitor = { running: false, last: 0, longest: 0, over200: 0, frames: 0 };
  const tick = (now: number): void => {
    if (!monitor.running) return;
    if (monitor.last > 0) {
      const gap = now - monitor.last;
      monitor.longest = Math.max(monitor.longest, gap);
      if (gap > 200) monitor.over200 += 1;
    }
    monitor.last = now;
    monitor.frames += 1;
    requestAnimationFrame(tick);
  };
  const startFrameMonitor = (): void => {
    monitor = { running: true, last: 0, longest: 0, over200: 0, frames: 0 };
    requestAnimationFrame(tick);
  };
  const stopFrameMonitor = () => {
    monitor.running = false;
    return { longestGapMs: monitor.longest, gapsOver200Ms: monitor.over200, frames: monitor.frames };
  };
  const codedMarks = (highlightPrefix: string, markSelector: string): number => {
    let count = markSelector === '' ? 0 : document.querySelectorAll(markSelector).length;
    if (typeof CSS !== 'undefined' && 'highlights' in CSS) {
      CSS.highlights.forEach((highlight, name) => {
        if (name.startsWith(highlightPrefix)) count += highlight.size;
      });
    }
    return count;
  };
  const armPaintAfterEvent = (eventType: string, timeoutMs: number): void => {
    bench.armed = new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${eventType} event within ${timeoutMs} ms`)), timeoutMs);
      addEventListener(eventType, () => {
        clearTimeout(timer);
        void nextPaint().then(resolve);
      }, { once: true });
    });
  };
  const selectRange = (rootSelector: string, spanSelector: string, variant: number): string => {
    const root = document.querySelector(rootSelector);
    if (root === null) throw new Error(`no element matches ${rootSelector}`);
    const spans = [...root.querySelectorAll(spanSelector)].filter((span) => {
      const box = span.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= innerHeight && (span.firstChild?.textContent?.length ?? 0) >= 60;
    });
    if (spans.length === 0) throw new Error('no visible transcript text to select');
    const node = spans[variant % spans.length].firstChild;
    if (node === null || node.nodeType !== Node.TEXT_NODE) throw new Error('the transcript span holds no text node');
    const text = node.textContent ?? '';
    let start = (variant * 37) % Math.max(1, text.length - 40);
    while (start > 0 && !/\s/.test(text[start - 1])) start -= 1;
    let end = Math.min(text.length, start + 12 + (variant % 5) * 4);
    while (end < text.length && !/\s/.test(text[end])) end += 1;
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, end);
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    return text.slice(start, end);
  };
  const bench: PageBench = {
    lastEvent, paintedWhen, nextPaint, startFrameMonitor, stopFrameMonitor, codedMarks, armed: null, armPaintAfterEvent, selectRange,
  };
  window.__caseweaveBench = bench;
};

/**
 * Registers the helpers for every page of the context. tsx compiles with esbuild's keepNames, which wraps inner
 * functions in `__name(...)`; a no-op `__name` is defined first so functions serialised into the page still run.
 */
export const installPageHelpers = async (context: BrowserContext): Promise<void> => {
  await context.addInitScript({ content: 'globalThis.__name = globalThis.__name || ((target) => target);' });
  await context.addInitScript(installBenchHelpers);
};
