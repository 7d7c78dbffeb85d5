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
import type { Turn } from '../../../shared/model/index.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { $buildTranscript } from './transcriptBuild.ts';
import { TRANSCRIPT_NODES } from './transcriptNodes.ts';
import { TranscriptSurface } from './transcriptSurface.ts';

/** Called with the surface after each render of the transcript's DOM (the version grows each time), null on unmount. */
export type SurfaceListener = (surface: TranscriptSurface | null, version: number) => void;

type Props = { text: string; turns: Turn[]; label: string; onSurface?: SurfaceListener };

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
    const announce = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (surface === null) return;
        surface.invalidate();
        version += 1;
        listener.current?.(surface, version);
      });
    };
    const stopRoot = editor.registerRootListener((root) => {
      surface = root === null ? null : new TranscriptSurface(root);
      if (surface === null) listener.current?.(null, version);
      else announce();
    });
    const stopUpdates = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size > 0 || dirtyLeaves.size > 0) announce();
    });
    return () => {
      cancelAnimationFrame(frame);
      stopRoot();
      stopUpdates();
      listener.current?.(null, version);
    };
  }, [editor]);
  return null;
};

/** Memoised: coding re-renders the workspace around it, never the editor. */
export const TranscriptView = memo(function TranscriptView({ text, turns, label, onSurface }: Props) {
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
        contentEditable={<ContentEditable className="transcript" aria-label={label} aria-readonly="true" />}
        placeholder={<div className="transcript-empty">{t('source.transcript.empty')}</div>}
        ErrorBoundary={LexicalErrorBoundary}
      />
      <TranscriptSync text={text} turns={turns} onSurface={onSurface} />
    </LexicalComposer>
  );
});
