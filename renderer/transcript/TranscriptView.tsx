// The read-only transcript: the canonical text rendered through Lexical, one paragraph per turn, each speaker change
// opened by a speaker chip (and its timestamp). The whole state is built in one editor update, so 100k-word
// sources open in one pass; a corrected text rebuilds it in place. Coding never touches the editor: the overlay
// reads the rendered text through the TranscriptSurface this view hands up after every render.
import { memo, useEffect, useRef } from 'react';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { PlainTextPlugin } from '@lexical/react/LexicalPlainTextPlugin';
import type { Turn } from '../../shared/model/index.ts';
import { useTranslation } from '../i18n/useTranslation.ts';
import { $buildTranscript } from './transcriptBuild.ts';
import { TRANSCRIPT_NODES } from './transcriptNodes.ts';
import { TranscriptSurface } from './transcriptSurface.ts';
import { TurnNumbers } from './TurnNumbers.tsx';

/** Set on the transcript root once its turns have been laid out in full; see transcript.css. */
const TURNS_SIZED_ATTRIBUTE = 'data-turns-sized';
/** Width changes at least this large lay every turn out again (see sizeTurns). */
const RESIZE_RELAYOUT_PX = 48;
/** How many frames after a render off-screen turns start skipping layout. */
const TURNS_SIZED_AFTER_FRAMES = 3;

/** Called with the surface after each render of the transcript's DOM (the version grows each time), null on unmount. */
export type SurfaceListener = (surface: TranscriptSurface | null, version: number) => void;

type Props = {
  text: string;
  turns: Turn[];
  label: string;
  /** Id of the text describing the transcript's keys, for screen readers. */
  describedBy?: string;
  onSurface?: SurfaceListener;
};

const turnsSignature = (turns: Turn[]): string =>
  turns.map((turn) => `${turn.start}:${turn.end}:${turn.speaker ?? ''}:${turn.timestamp ?? ''}`).join('|');

/** Rebuilds the state when the text or the turns change, and reports the rendered DOM to the overlay. */
const TranscriptSync = ({ text, turns, onSurface }: { text: string; turns: Turn[]; onSurface?: SurfaceListener }) => {
  const [editor] = useLexicalComposerContext();
  const built = useRef({ text, turns: turnsSignature(turns) });
  const listener = useRef(onSurface);
  useEffect(() => {
    listener.current = onSurface;
  });

  useEffect(() => {
    const signature = turnsSignature(turns);
    if (built.current.text === text && built.current.turns === signature) return;
    built.current = { text, turns: signature };
    editor.update(() => $buildTranscript(text, turns));
  }, [editor, text, turns]);

  useEffect(() => {
    let surface: TranscriptSurface | null = null;
    let version = 0;
    let frame = 0;
    let sizing = 0;
    // New turns are laid out in full once (their heights remembered) before off-screen ones may skip layout. The
    // switch waits some frames, until the text and then its coding overlay (announced a frame later) have painted.
    const sizeTurns = () => {
      cancelAnimationFrame(sizing);
      surface?.root.removeAttribute(TURNS_SIZED_ATTRIBUTE);
      const countdown = (frames: number) => {
        sizing = requestAnimationFrame(() => {
          if (frames > 1) countdown(frames - 1);
          else surface?.root.setAttribute(TURNS_SIZED_ATTRIBUTE, '');
        });
      };
      countdown(TURNS_SIZED_AFTER_FRAMES);
    };
    const announce = () => {
      sizeTurns();
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (surface === null) return;
        surface.invalidate();
        version += 1;
        listener.current?.(surface, version);
      });
    };
    // A new width (a resized window) re-wraps every turn: remembered heights of off-screen turns are stale until laid
    // out again. The stripe margin gaining a lane narrows the text by a few pixels only: that is left to settle as turns
    // come on screen, rather than laying out the whole transcript while a code is applied.
    let width = -1;
    const widthWatch = new ResizeObserver(() => {
      const now = surface?.root.clientWidth ?? -1;
      if (width >= 0 && Math.abs(now - width) < RESIZE_RELAYOUT_PX) return;
      if (width >= 0) sizeTurns();
      width = now;
    });
    const stopRoot = editor.registerRootListener((root) => {
      widthWatch.disconnect();
      width = -1;
      if (root !== null) widthWatch.observe(root);
      surface = root === null ? null : new TranscriptSurface(root);
      if (surface === null) listener.current?.(null, version);
      else announce();
    });
    const stopUpdates = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size > 0 || dirtyLeaves.size > 0) announce();
    });
    return () => {
      cancelAnimationFrame(frame);
      cancelAnimationFrame(sizing);
      widthWatch.disconnect();
      stopRoot();
      stopUpdates();
      listener.current?.(null, version);
    };
  }, [editor]);
  return null;
};

/** Memoised: coding re-renders the workspace around it, never the editor. */
export const TranscriptView = memo(function TranscriptView({ text, turns, label, describedBy, onSurface }: Props) {
  const { t } = useTranslation();
  const initialConfig = {
    namespace: 'caseweave-transcript',
    editable: false,
    nodes: TRANSCRIPT_NODES,
    theme: { paragraph: 'turn' },
    onError: (error: Error) => {
      throw error;
    },
    editorState: () => $buildTranscript(text, turns),
  };
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <PlainTextPlugin
        contentEditable={
          // In the Tab order, so the keyboard can read and select it (useTranscriptCaret); never editable.
          <ContentEditable className="transcript" aria-label={label} aria-readonly="true" aria-multiline="true" aria-describedby={describedBy} tabIndex={0} />
        }
        placeholder={<div className="transcript-empty">{t('source.transcript.empty')}</div>}
        ErrorBoundary={LexicalErrorBoundary}
      />
      <TranscriptSync text={text} turns={turns} onSurface={onSurface} />
      <TurnNumbers />
    </LexicalComposer>
  );
});
