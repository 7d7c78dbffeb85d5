// Search hits as keyword-in-context lines grouped by source (with the source's full hit count), each with a tick
// box, a link that opens the source at the hit and "Add as evidence…" (the codings over the hit). Only the lines near the view are rendered (fixed row heights,
// blank space for the rest), and rows are memoised: ticking one hit re-renders that row only.
import { memo, useMemo, useRef, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Id } from '../../../shared/model/index.ts';
import type { DocumentHitCount, KeywordInContextLine, SearchHit } from '../../../shared/search/index.ts';
import { namedCodingsOfSource, type NamedCoding } from '../../data/conclusionEvidence.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import { HitEvidenceButton } from './HitEvidenceButton.tsx';
import { searchCountLabel } from './searchCountLabel.ts';
import '../../styles/kwicLines.css';
import { useVisibleBand } from './useVisibleBand.ts';

export type SourceLabel = { title: string; kind: string };

export const hitKey = (hit: SearchHit): string => `${hit.documentId}:${hit.start}-${hit.end}`;

export type HitGroup = { sourceId: string; lines: KeywordInContextLine[]; total: number };

/**
 * Groups lines (already in display order) into runs per source; `total` is the source's hit count from
 * `documents` (every hit, shown or not), or the lines' count when the source is not listed there.
 */
export const groupLines = (lines: readonly KeywordInContextLine[], documents: readonly DocumentHitCount[]): HitGroup[] => {
  const totals = new Map(documents.map((document) => [document.documentId, document.hits]));
  const groups: HitGroup[] = [];
  for (const line of lines) {
    let group = groups.at(-1);
    if (group === undefined || group.sourceId !== line.documentId) {
      group = { sourceId: line.documentId, lines: [], total: totals.get(line.documentId) ?? 0 };
      groups.push(group);
    }
    group.lines.push(line);
  }
  for (const group of groups) group.total = Math.max(group.total, group.lines.length);
  return groups;
};

/**
 * Heights the list is laid out with (kwicLines.css fixes them): only groups and lines within the band on screen
 * (plus a margin) are rendered; the rest is blank space of the same height, so the scrollbar is true. A page of
 * 200 lines thus costs about a screenful to render, whatever the query.
 */
const LINE_PX = 28;
const HEAD_PX = 36;
const GROUP_GAP_PX = 14;
const RENDER_MARGIN_PX = 600;

const NO_CODINGS: readonly NamedCoding[] = [];

type Slot = { group: HitGroup; top: number; height: number };

const slotsOf = (groups: readonly HitGroup[]): Slot[] => {
  let top = 0;
  return groups.map((group) => {
    const height = HEAD_PX + group.lines.length * LINE_PX + GROUP_GAP_PX;
    const slot = { group, top, height };
    top += height;
    return slot;
  });
};

type Labels = { select: string; open: string; openShort: string };

type LineProps = {
  projectId: Id;
  title: string;
  sourceCodings: readonly NamedCoding[];
  line: KeywordInContextLine;
  checked: boolean;
  labels: Labels;
  onToggle: (lines: readonly KeywordInContextLine[], checked: boolean) => void;
  onOpen: (line: KeywordInContextLine) => void;
};

const KwicLine = memo(function KwicLine({ projectId, title, sourceCodings, line, checked, labels, onToggle, onOpen }: LineProps) {
  return (
    <li className="kwic-line" data-testid="search-hit">
      <input type="checkbox" aria-label={labels.select} checked={checked} onChange={(event) => onToggle([line], event.currentTarget.checked)} />
      <span className="kwic-left">
        {line.leftTruncated ? '…' : ''}
        {line.left}
      </span>
      <mark className="kwic-hit">{line.hit}</mark>
      <span className="kwic-right">
        {line.right}
        {line.rightTruncated ? '…' : ''}
      </span>
      <button type="button" className="button link small kwic-open" aria-label={labels.open} onClick={() => onOpen(line)}>
        {labels.openShort}
      </button>
      <HitEvidenceButton projectId={projectId} line={line} sourceCodings={sourceCodings} sourceTitle={title} />
    </li>
  );
});

type GroupProps = {
  projectId: Id;
  group: HitGroup;
  /** The lines rendered: group.lines[from, to); the others are blank space of the same height. */
  from: number;
  to: number;
  title: string;
  selected: ReadonlySet<string>;
  labels: Labels;
  onToggle: LineProps['onToggle'];
  onOpen: LineProps['onOpen'];
};

const KwicGroup = memo(function KwicGroup({ projectId, group, from, to, title, selected, labels, onToggle, onOpen }: GroupProps) {
  const { t } = useTranslation();
  const db = useDatabase();
  const sourceCodings = useLiveQuery(() => namedCodingsOfSource(db, group.sourceId), [db, group.sourceId]) ?? NO_CODINGS;
  const allTicked = group.lines.every((line) => selected.has(hitKey(line)));
  return (
    <section className="kwic-group" aria-label={t('search.group.label', { source: title })}>
      <header className="kwic-group-head">
        <input
          type="checkbox"
          aria-label={t('search.kwic.selectAllIn', { source: title })}
          checked={allTicked}
          onChange={(event) => onToggle(group.lines, event.currentTarget.checked)}
        />
        <h2>{title}</h2>
        <span className="badge">{searchCountLabel('hits', group.total)}</span>
      </header>
      <ol className="kwic-list" start={from + 1} style={{ paddingTop: from * LINE_PX, paddingBottom: (group.lines.length - to) * LINE_PX }}>
        {group.lines.slice(from, to).map((line) => {
          const key = hitKey(line);
          return <KwicLine key={key} projectId={projectId} title={title} sourceCodings={sourceCodings} line={line} checked={selected.has(key)} labels={labels} onToggle={onToggle} onOpen={onOpen} />;
        })}
      </ol>
    </section>
  );
});

type Props = {
  projectId: Id;
  groups: readonly HitGroup[];
  sources: ReadonlyMap<string, SourceLabel>;
  selected: ReadonlySet<string>;
  onToggle: LineProps['onToggle'];
  onOpen: LineProps['onOpen'];
};

export const KwicResults = memo(function KwicResults({ projectId, groups, sources, selected, onToggle, onOpen }: Props) {
  const { t, locale } = useTranslation();
  // One labels object per locale (t itself is a new function every render), so memoised rows stay untouched.
  const labels = useMemo<Labels>(
    () => ({ select: t('search.kwic.select'), open: t('search.kwic.open'), openShort: t('search.kwic.openShort') }),
    [locale],
  );
  const list = useRef<HTMLDivElement>(null);
  const slots = useMemo(() => slotsOf(groups), [groups]);
  const band = useVisibleBand(list, RENDER_MARGIN_PX, slots);
  const parts: ReactNode[] = [];
  let blank = 0;
  let blankKey = 'start';
  for (const slot of slots) {
    const linesTop = slot.top + HEAD_PX;
    if (slot.top + slot.height <= band.top || slot.top >= band.bottom) {
      if (blank === 0) blankKey = `blank:${slot.group.sourceId}`;
      blank += slot.height;
      continue;
    }
    if (blank > 0) parts.push(<div key={blankKey} className="kwic-blank" aria-hidden="true" style={{ height: blank }} />);
    blank = 0;
    const count = slot.group.lines.length;
    const from = Math.min(count, Math.max(0, Math.floor((band.top - linesTop) / LINE_PX)));
    const to = Math.min(count, Math.max(from, Math.ceil((band.bottom - linesTop) / LINE_PX)));
    parts.push(
      <KwicGroup
        key={slot.group.sourceId}
        projectId={projectId}
        group={slot.group}
        from={from}
        to={to}
        title={sources.get(slot.group.sourceId)?.title ?? t('search.untitledSource')}
        selected={selected}
        labels={labels}
        onToggle={onToggle}
        onOpen={onOpen}
      />,
    );
  }
  if (blank > 0) parts.push(<div key={blankKey} className="kwic-blank" aria-hidden="true" style={{ height: blank }} />);
  return (
    <div className="kwic-groups" ref={list}>
      {parts}
    </div>
  );
});
