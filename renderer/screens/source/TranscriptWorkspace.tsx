// The coding workspace of one source: toolbar (recent codes, picker, in vivo, correction switch), the transcript
// with its margin of coding stripes, tinted coded text and underlined words memos are anchored to, and the popovers
// and dialogs coding opens. Coding never rebuilds the editor: codings only re-render the overlay.
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import type { DragEvent, MouseEvent } from 'react';
import type { Coding, Id, Source } from '../../../shared/model/index.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import { useToasts } from '../../services/Toasts.tsx';
import { CODE_DRAG_TYPE, getTranscriptSelection } from '../../coding/codingSelection.ts';
import { CodePicker, type PickerAnchor } from '../../coding/CodePicker.tsx';
import { pickableCodes } from '../../coding/codeMatcher.ts';
import { noteRecentCode, useRecentCodes } from '../../coding/recentCodes.ts';
import { useCodingActions } from '../../coding/useCodingActions.ts';
import { useCodingSnapshot, useCodeTree, useCodingStore } from '../../services/CodingStoreContext.tsx';
import { correctSource } from '../../data/corrections.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { CodingPopover } from './CodingPopover.tsx';
import { CodingMemoDialog } from './CodingMemoDialog.tsx';
import { AddEvidenceDialog } from '../../components/AddEvidenceDialog.tsx';
import { codingEvidenceChoice } from '../../components/evidenceChoices.ts';
import { CodingStripes } from '../../transcript/CodingStripes.tsx';
import { CorrectionEditor } from '../../transcript/CorrectionEditor.tsx';
import { codingsAt } from '../../transcript/stripeLayout.ts';
import { TranscriptToolbar } from './TranscriptToolbar.tsx';
import { TranscriptCaret } from '../../transcript/TranscriptCaret.tsx';
import { TranscriptView } from '../../transcript/TranscriptView.tsx';
import type { TranscriptSurface } from '../../transcript/transcriptSurface.ts';
import { useCodingShortcuts } from './useCodingShortcuts.ts';
import { useTranscriptCaret } from '../../transcript/useTranscriptCaret.ts';
import { useKeyboardFocus } from '../../transcript/useKeyboardFocus.ts';
import { useCodedHighlights, useRangeHighlight, useSelectionHighlight, useSelectionTracking } from '../../transcript/useTranscriptOverlays.ts';
import { useMemoAnchorHighlights } from '../../transcript/useMemoAnchorHighlights.ts';

/** The words a memo is anchored to. */
export type MemoAnchor = { memoId: Id; start: number; end: number };

type Props = {
  projectId: Id;
  source: Source;
  highlight: { start: number; end: number } | null;
  startCorrecting?: boolean;
  memoAnchors?: readonly MemoAnchor[];
  /** A click on words a memo is anchored to (and on no coding) opens that memo. */
  onMemoAnchor?: (memoId: Id) => void;
};

const NO_ANCHORS: readonly MemoAnchor[] = [];

type Picker = { mode: 'apply'; anchor: PickerAnchor } | { mode: 'recode'; codingId: Id; anchor: PickerAnchor };
/** `byKeyboard`: opened from a focused stripe, so the popover takes the focus (and gives it back when it closes). */
type Popover = { codingIds: Id[]; point: { x: number; y: number }; byKeyboard?: boolean };

const NO_CODINGS: Coding[] = [];
const STATUS_MS = 6000;

export const TranscriptWorkspace = ({ projectId, source, highlight, startCorrecting = false, memoAnchors = NO_ANCHORS, onMemoAnchor }: Props) => {
  const { t } = useTranslation();
  const db = useDatabase();
  const store = useCodingStore();
  const snapshot = useCodingSnapshot();
  const tree = useCodeTree();
  const recentIds = useRecentCodes();
  const { runWrite, notify } = useToasts();
  const actions = useCodingActions(source.id);
  const [{ surface, version }, setSurface] = useState<{ surface: TranscriptSurface | null; version: number }>({ surface: null, version: 0 });
  const [correcting, setCorrecting] = useState(startCorrecting);
  const [picker, setPicker] = useState<Picker | null>(null);
  const [popover, setPopover] = useState<Popover | null>(null);
  const [memoFor, setMemoFor] = useState<Id | null>(null);
  const [evidenceFor, setEvidenceFor] = useState<Coding | null>(null);
  const [status, setStatus] = useState('');
  const [dropping, setDropping] = useState(false);

  // The store keeps one sorted array per source and replaces it only when that source's codings change.
  const codings = useMemo(() => (snapshot.codings.length === 0 ? NO_CODINGS : (store?.codingsOfSource(source.id) ?? NO_CODINGS)), [store, snapshot, source.id]);
  const codes = snapshot.codes;
  const pickable = useMemo(() => pickableCodes(tree), [tree]);
  const codesById = useMemo(() => new Map(codes.map((code) => [code.id, code])), [codes]);
  const codeById = useCallback((id: Id) => codesById.get(id), [codesById]);

  const keysHelpId = useId();
  const units = useMemo(() => ({ text: source.text, turns: source.turns, language: source.language }), [source.text, source.turns, source.language]);

  useSelectionTracking(correcting ? null : surface, source.id, source.text);
  useTranscriptCaret(correcting ? null : surface, units, source.id);
  const keyboardFocus = useKeyboardFocus(correcting ? null : surface);
  useCodedHighlights(surface, version, codings, codes, correcting);
  useSelectionHighlight(correcting ? null : surface, version, source.id);
  useRangeHighlight(surface, version, highlight);
  useMemoAnchorHighlights(surface, version, memoAnchors, correcting);

  const onSurface = useCallback((next: TranscriptSurface | null, nextVersion: number) => setSurface({ surface: next, version: nextVersion }), []);

  const selectionAnchor = (): PickerAnchor | null => {
    const selection = getTranscriptSelection();
    if (selection === null || selection.sourceId !== source.id || surface === null) return null;
    const rects = [...(surface.rangeOf(selection.start, selection.end)?.getClientRects() ?? [])].filter((rect) => rect.height > 0);
    const last = rects[rects.length - 1];
    if (last === undefined) return { left: 24, top: 80, bottom: 80 };
    return { left: last.left, top: rects[0].top, bottom: last.bottom };
  };

  const openPicker = () => {
    const anchor = selectionAnchor();
    if (anchor === null) {
      notify(t('coding.selectFirst'));
      return;
    }
    setPopover(null);
    setPicker({ mode: 'apply', anchor });
  };

  const say = (message: string) => setStatus(message);

  useCodingShortcuts(!correcting && picker === null && memoFor === null && evidenceFor === null, {
    onPicker: openPicker,
    onInVivo: () => void actions.codeInVivo(),
  });

  const onTranscriptClick = (event: MouseEvent<HTMLDivElement>) => {
    if (surface === null || !(event.target instanceof Node) || !surface.root.contains(event.target)) return;
    const selection = surface.root.ownerDocument.getSelection();
    if (selection !== null && !selection.isCollapsed) return;
    const offset = surface.offsetAt(event.clientX, event.clientY);
    const clicked = offset === null ? [] : codingsAt(codings, offset);
    const anchor = offset === null || clicked.length > 0 ? undefined : memoAnchors.find((candidate) => candidate.start <= offset && offset < candidate.end);
    if (anchor !== undefined) onMemoAnchor?.(anchor.memoId);
    setPopover(clicked.length === 0 ? null : { codingIds: clicked.map((coding) => coding.id), point: { x: event.clientX, y: event.clientY } });
  };

  const onDragOver = (event: DragEvent<HTMLDivElement>) => {
    if (!event.dataTransfer.types.includes(CODE_DRAG_TYPE)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    if (!dropping) setDropping(true);
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    setDropping(false);
    const codeId = event.dataTransfer.getData(CODE_DRAG_TYPE);
    if (codeId === '') return;
    event.preventDefault();
    void actions.applyCode(codeId);
  };

  const popoverCodings = popover === null ? [] : popover.codingIds.map((id) => store?.codingById(id)).filter((coding): coding is Coding => coding !== undefined);
  const memoCoding = memoFor === null ? undefined : store?.codingById(memoFor);
  const statusLine = status || actions.lastMessage;
  const [expired, setExpired] = useState('');
  // The outcome line fades after a while, so it never describes a state that undo has since changed.
  useEffect(() => {
    if (statusLine === '') return undefined;
    const timer = window.setTimeout(() => setExpired(statusLine), STATUS_MS);
    return () => window.clearTimeout(timer);
  }, [statusLine]);

  return (
    <div className="transcript-workspace">
      <TranscriptToolbar
        sourceId={source.id}
        keysHelpId={keysHelpId}
        codeById={codeById}
        keyboardFocus={keyboardFocus}
        status={statusLine === expired ? '' : statusLine}
        correcting={correcting}
        onApply={(codeId) => {
          setStatus('');
          void actions.applyCode(codeId);
        }}
        onOpenPicker={openPicker}
        onInVivo={() => {
          setStatus('');
          void actions.codeInVivo();
        }}
        onToggleCorrecting={() => {
          setPopover(null);
          setPicker(null);
          setCorrecting(!correcting);
        }}
      />
      {correcting && (
        <CorrectionEditor
          text={source.text}
          turns={source.turns}
          label={t('coding.correct.label', { title: source.title })}
          onCancel={() => setCorrecting(false)}
          onSave={async (newText) => {
            if (store === null) return false;
            const result = await runWrite(() => correctSource(db, projectId, source.id, newText, store.undoManager));
            if (result === undefined) return false;
            say(result.removedCodings > 0
              ? t('coding.correct.savedRemoved', { moved: result.movedCodings, removed: result.removedCodings })
              : t('coding.correct.saved', { moved: result.movedCodings }));
            setCorrecting(false);
            return true;
          }}
        />
      )}
      <div
        className={`transcript-frame${dropping ? ' drop-ready' : ''}`}
        hidden={correcting}
        data-highlight={highlight === null ? undefined : `${highlight.start}-${highlight.end}`}
        onClick={onTranscriptClick}
        onDragOver={onDragOver}
        onDrop={onDrop}
        onDragLeave={(event) => {
          if (!(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget))) setDropping(false);
        }}
      >
        <CodingStripes
          surface={surface}
          version={version}
          codings={codings}
          codes={codes}
          text={source.text}
          hidden={correcting}
          onOpen={(clicked, point, byKeyboard) => {
            setPicker(null);
            setPopover({ codingIds: clicked.map((coding) => coding.id), point, byKeyboard });
          }}
        />
        <div className="transcript-host">
          <TranscriptView
            text={source.text}
            turns={source.turns}
            label={t('source.transcript.label', { title: source.title })}
            describedBy={keysHelpId}
            onSurface={onSurface}
          />
          <TranscriptCaret surface={correcting ? null : surface} />
        </div>
      </div>
      {popover !== null && popoverCodings.length > 0 && (
        <CodingPopover
          projectId={projectId}
          codings={popoverCodings}
          codes={codes}
          text={source.text}
          point={popover.point}
          takeFocus={popover.byKeyboard === true}
          onClose={() => setPopover(null)}
          onRecode={(coding) => {
            const range = surface?.rangeOf(coding.start, coding.end)?.getBoundingClientRect();
            setPopover(null);
            setPicker({ mode: 'recode', codingId: coding.id, anchor: range ? { left: range.left, top: range.top, bottom: range.bottom } : { left: popover.point.x, top: popover.point.y, bottom: popover.point.y } });
          }}
          onRemove={(coding) => {
            const name = store?.codeById(coding.codeId)?.name ?? '';
            if (store === null) return;
            void runWrite(() => store.removeCoding(coding.id)).then(() => say(t('coding.status.removed', { code: name })));
          }}
          onMemo={(coding) => {
            setPopover(null);
            setMemoFor(coding.id);
          }}
          onEvidence={(coding) => {
            setPopover(null);
            setEvidenceFor(coding);
          }}
        />
      )}
      {picker !== null && (
        <CodePicker
          title={picker.mode === 'apply' ? t('coding.picker.title') : t('coding.picker.recodeTitle')}
          codes={pickable}
          recentIds={recentIds}
          anchor={picker.anchor}
          allowCreate={picker.mode === 'apply'}
          onClose={() => setPicker(null)}
          onPick={(codeId) => {
            setPicker(null);
            setStatus('');
            if (picker.mode === 'apply') {
              void actions.applyCode(codeId);
              return;
            }
            if (store === null) return;
            void runWrite(() => store.recodeCoding(picker.codingId, codeId)).then((coding) => {
              if (coding === undefined) return;
              noteRecentCode(codeId);
              say(t('coding.status.recoded', { code: store.codeById(codeId)?.name ?? '' }));
            });
          }}
          onCreate={(name) => {
            setPicker(null);
            setStatus('');
            void actions.createAndApply(name);
          }}
        />
      )}
      {memoCoding !== undefined && (
        <CodingMemoDialog
          projectId={projectId}
          coding={memoCoding}
          code={store?.codeById(memoCoding.codeId)}
          excerpt={source.text.slice(memoCoding.start, memoCoding.end)}
          onClose={() => setMemoFor(null)}
        />
      )}
      {evidenceFor !== null && (
        <AddEvidenceDialog
          projectId={projectId}
          choices={[codingEvidenceChoice(t, evidenceFor.id, source.text.slice(evidenceFor.start, evidenceFor.end), store?.codeById(evidenceFor.codeId)?.name)]}
          onClose={() => setEvidenceFor(null)}
        />
      )}
    </div>
  );
};
