// Parsing an import batch off the UI thread: every file's outcome in batch order with progress (a refusal is an
// outcome too), cancelling stops the batch, and a worker that breaks hands the batch to the main thread.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ImportInput } from '../../../../../shared/import/importTypes.ts';
import { parseFilesOffThread } from '../../../../../renderer/screens/import/parseOffThread.ts';

const textFile = (fileName: string, text: string): ImportInput => ({ fileName, bytes: new TextEncoder().encode(text) });

const BATCH = [
  textFile('owner-interview.txt', 'Pak Harjo: We sent the first drums to Osaka.\nInterviewer: How did that start?'),
  textFile('empty.txt', ''),
  textFile('field-notes.md', '# Workshop\n\nTen craftsmen were carving jimbe shells.'),
];

/** A Worker that starts but dies on the first message, the way a worker whose script fails to load does. */
class BrokenWorker {
  static started = 0;
  private readonly errorListeners = new Set<(event: { message: string; preventDefault: () => void }) => void>();
  constructor() {
    BrokenWorker.started += 1;
  }
  addEventListener(type: string, listener: (event: { message: string; preventDefault: () => void }) => void): void {
    if (type === 'error') this.errorListeners.add(listener);
  }
  removeEventListener(): void {}
  postMessage(): void {
    setTimeout(() => {
      for (const listener of this.errorListeners) listener({ message: 'module script failed to load', preventDefault: () => {} });
    }, 0);
  }
  terminate(): void {}
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('parseFilesOffThread', () => {
  it("returns every file's outcome in batch order and reports progress per file", async () => {
    const progress: string[] = [];
    const outcomes = await parseFilesOffThread(BATCH, {
      signal: new AbortController().signal,
      onProgress: (done, total, fileName) => progress.push(`${done}/${total} ${fileName}`),
    });
    expect(outcomes.map((outcome) => outcome.ok)).toEqual([true, false, true]);
    expect(outcomes[0]).toMatchObject({ ok: true, source: { fileName: 'owner-interview.txt', format: 'txt' } });
    expect(outcomes[1]).toMatchObject({ ok: false, failure: { fileName: 'empty.txt' } });
    expect(progress).toEqual(['1/3 owner-interview.txt', '2/3 empty.txt', '3/3 field-notes.md']);
  });

  it('stops at the file in hand when cancelled', async () => {
    const abort = new AbortController();
    const outcomes = await parseFilesOffThread(BATCH, { signal: abort.signal, onProgress: (done) => done === 1 && abort.abort() });
    expect(outcomes).toHaveLength(1);
  });

  it('parses on the main thread when the worker breaks, the file in hand included', async () => {
    vi.stubGlobal('Worker', BrokenWorker);
    BrokenWorker.started = 0;
    const outcomes = await parseFilesOffThread(BATCH, { signal: new AbortController().signal, onProgress: () => {} });
    expect(BrokenWorker.started).toBe(1);
    expect(outcomes.map((outcome) => outcome.ok)).toEqual([true, false, true]);
  });
});
