// The autosave timing every editor shares (renderer/services/debouncedSaver.ts), on a stepped clock: a draft is
// written once typing pauses and not before, each keystroke restarting the pause; flush writes at once; what is typed
// during a write is written after it, in order, never lost; patches merge; a draft needing no write is not written;
// a failed write says so and the next draft is still saved; a discarded draft is never written.
import { describe, expect, it } from 'vitest';
import { AUTOSAVE_DELAY_MS, createDebouncedSaver, type DebouncedSaverOptions, type SaveState } from '../../../../renderer/services/debouncedSaver.ts';
import { steppedTimer } from '../../../support/steppedTimer.ts';

/** A write the test finishes by hand, to type while it runs. */
const deferred = () => {
  let finish: () => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  const done = new Promise<void>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  return { done, finish, fail };
};

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const saverWith = (overrides: Partial<DebouncedSaverOptions<string>> = {}) => {
  const clock = steppedTimer();
  const written: string[] = [];
  const states: SaveState['status'][] = [];
  const saver = createDebouncedSaver<string>({
    write: async (draft) => {
      written.push(draft);
    },
    failed: (error) => ({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
    onState: (state) => states.push(state.status),
    timer: clock.timer,
    ...overrides,
  });
  return { clock, written, states, saver };
};

describe('createDebouncedSaver', () => {
  it('writes the last draft once typing pauses, each keystroke restarting the pause', async () => {
    const { clock, written, states, saver } = saverWith();
    saver.schedule('T');
    clock.advance(AUTOSAVE_DELAY_MS - 100);
    saver.schedule('Tr');
    clock.advance(AUTOSAVE_DELAY_MS - 100);
    await settle();
    expect(written).toEqual([]);
    expect(saver.state().status).toBe('dirty');
    expect(saver.busy()).toBe(true);
    clock.advance(100);
    await settle();
    expect(written).toEqual(['Tr']);
    expect(saver.state().status).toBe('saved');
    expect(states).toEqual(['dirty', 'dirty', 'saving', 'saved']);
    expect(saver.busy()).toBe(false);
  });

  it('writes at once when flushed (blur, leaving the editor) and not again when the pause would have ended', async () => {
    const { clock, written, saver } = saverWith();
    saver.schedule('Trust');
    await saver.flush();
    expect(written).toEqual(['Trust']);
    clock.advance(AUTOSAVE_DELAY_MS);
    await settle();
    expect(written).toEqual(['Trust']);
    expect(clock.pending()).toBe(0);
    await saver.flush();
    expect(written).toEqual(['Trust']);
  });

  it('writes what is typed during a write after it, in order, and stays dirty until then', async () => {
    const first = deferred();
    const { written, saver } = saverWith({
      write: async (draft) => {
        if (written.length === 0) await first.done;
        written.push(draft);
      },
    });
    saver.schedule('one');
    const firstFlush = saver.flush();
    await settle();
    expect(saver.state().status).toBe('saving');
    saver.schedule('one two');
    const secondFlush = saver.flush();
    first.finish();
    await firstFlush;
    await secondFlush;
    expect(written).toEqual(['one', 'one two']);
    expect(saver.state().status).toBe('saved');
  });

  it('folds a new draft into the waiting one when it merges, and replaces it when it does not', async () => {
    const merging = saverWith({ merge: (pending, next) => `${pending}+${next}` });
    merging.saver.schedule('a');
    merging.saver.schedule('b');
    await merging.saver.flush();
    expect(merging.written).toEqual(['a+b']);
    const replacing = saverWith();
    replacing.saver.schedule('a');
    replacing.saver.schedule('b');
    await replacing.saver.flush();
    expect(replacing.written).toEqual(['b']);
  });

  it('writes nothing for a draft that needs no write, leaving the state it names', async () => {
    const { written, saver } = saverWith({ settle: (draft) => (draft.trim() === '' ? 'dirty' : draft === 'stored' ? 'saved' : null) });
    saver.schedule('   ');
    await saver.flush();
    expect(saver.state().status).toBe('dirty');
    saver.schedule('stored');
    await saver.flush();
    expect(saver.state().status).toBe('saved');
    expect(written).toEqual([]);
  });

  it('says a write failed, and still saves the next draft', async () => {
    let refuse = true;
    const { written, saver } = saverWith({
      write: async (draft) => {
        if (refuse) throw new Error('disk full');
        written.push(draft);
      },
    });
    saver.schedule('x');
    await saver.flush();
    expect(saver.state()).toEqual({ status: 'failed', message: 'disk full' });
    refuse = false;
    saver.schedule('xy');
    await saver.flush();
    expect(written).toEqual(['xy']);
    expect(saver.state().status).toBe('saved');
  });

  it('never writes a discarded draft', async () => {
    const { clock, written, saver } = saverWith();
    saver.schedule('about to be deleted');
    saver.discard();
    expect(saver.busy()).toBe(false);
    clock.advance(AUTOSAVE_DELAY_MS);
    await saver.flush();
    expect(written).toEqual([]);
  });
});
