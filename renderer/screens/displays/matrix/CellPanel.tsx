// The side panel of one open cell: which row and column it is, its counts, the evidence-changed notice, the
// researcher's summary (rich text, like memos), a checklist's rating and justifying quote, the excerpts behind the
// cell, each with "Open in source", and "Add this cell as evidence…" with the conclusions it is evidence of.
import { useMemo } from 'react';
import { evidenceChange, type MatrixView } from '../../../../shared/analysis/displayView.ts';
import type { MatrixData } from '../../../../shared/analysis/matrixTypes.ts';
import { DEFAULT_RATING_SCALE, type Display, type MatrixDisplayDefinition } from '../../../../shared/model/index.ts';
import { AddEvidenceButton } from '../../../components/AddEvidenceButton.tsx';
import { EvidenceBadges } from '../../../components/EvidenceBadges.tsx';
import { cellEvidenceChoice } from '../../../components/evidenceChoices.ts';
import { RichTextMemo } from '../../../components/memoEditor/RichTextMemo.tsx';
import { cellEvidenceKey } from '../../../data/conclusionEvidence.ts';
import { markCellReviewed, saveCellNote, type CellNoteInput } from '../../../data/displays.ts';
import { useTranslation } from '../../../i18n/useTranslation.ts';
import { useDatabase } from '../../../services/DatabaseContext.tsx';
import type { Route } from '../../../services/routes.ts';
import { useToasts } from '../../../services/Toasts.tsx';
import { useUndoManager } from '../../../services/UndoContext.tsx';
import { useEvidenceIndex } from '../../../services/useConclusionEvidence.ts';
import { CellExcerptList } from './CellExcerptList.tsx';
import { cellExcerpts } from './cellExcerpts.ts';
import { ChecklistRating } from './ChecklistRating.tsx';
import { EvidenceChangeNotice } from './EvidenceChangeNotice.tsx';
import type { CellPosition } from './MatrixGrid.tsx';
import { useCellNoteAutosave } from './useCellNoteAutosave.ts';

type Props = {
  display: Display;
  definition: MatrixDisplayDefinition;
  view: MatrixView;
  data: MatrixData;
  position: CellPosition;
  navigate: (route: Route) => void;
  onClose: () => void;
};

export const CellPanel = ({ display, definition, view, data, position, navigate, onClose }: Props) => {
  const db = useDatabase();
  const undo = useUndoManager();
  const { t } = useTranslation();
  const { runWrite } = useToasts();
  const row = view.rows[position.row];
  const column = view.columns[position.column];
  const cell = view.cells[position.row][position.column];
  const note = display.cellNotes[cell.key];
  const change = evidenceChange(note, cell);
  const excerpts = useMemo(() => cellExcerpts(data, cell.codingIds), [data, cell.codingIds]);
  const autosave = useCellNoteAutosave(display.id, cell.key, cell.codingIds);
  const save = (input: CellNoteInput) => void runWrite(() => saveCellNote(db, display.id, cell.key, input, cell.codingIds, undo));
  const title = t('displays.panel.title', { row: row.label, column: column.label });
  const evidence = useEvidenceIndex(display.projectId);
  const evidenceText = t('display.roleOrdered.detail', { informants: cell.informants, excerpts: cell.excerpts });

  return (
    <section
      className="cell-panel panel"
      aria-label={title}
      onKeyDown={(event) => {
        // Escape leaves the cell (back to its place in the grid), unless a control inside handled it.
        if (event.key === 'Escape' && !event.defaultPrevented) {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <div className="cell-panel-head">
        <h2>{title}</h2>
        <button type="button" className="button icon" aria-label={t('displays.panel.close')} onClick={onClose}>
          ×
        </button>
      </div>
      <p className="cell-panel-counts muted">
        {evidenceText}
        {cell.detail !== null && cell.detail !== evidenceText && ` · ${cell.detail}`}
        {cell.title !== undefined && ` · ${cell.title}`}
      </p>
      <div className="cell-panel-evidence">
        {/* An overview cell sums up conclusions' evidence: it is no evidence of a conclusion itself. */}
        {display.type !== 'triangulation-overview' && (
          <AddEvidenceButton
            projectId={display.projectId}
            className="button small"
            text={t('evidence.action.addCell')}
            choices={[cellEvidenceChoice(t, display.id, cell.key, `${row.label} × ${column.label}`)]}
          />
        )}
        <EvidenceBadges badges={evidence.byCell.get(cellEvidenceKey(display.id, cell.key))} />
      </div>
      {change !== null && (
        <EvidenceChangeNotice
          change={change}
          data={data}
          navigate={navigate}
          onReviewed={() => void runWrite(() => markCellReviewed(db, display.id, cell.key, cell.codingIds, undo))}
        />
      )}
      {display.type === 'checklist' && (
        <ChecklistRating scale={definition.ratingScale ?? DEFAULT_RATING_SCALE} note={note} excerpts={excerpts} onChange={save} />
      )}
      <div className="cell-summary-editor">
        <h3>
          {t('displays.panel.summary')}
          <span className="muted small save-state">{autosave.state === 'saving' ? t('displays.panel.saving') : autosave.state === 'saved' ? t('displays.panel.saved') : ''}</span>
        </h3>
        <RichTextMemo
          key={`${display.id}:${cell.key}`}
          content={note?.summary.content ?? ''}
          fallbackText={note?.summary.plainText ?? ''}
          label={t('displays.panel.summaryLabel', { title })}
          placeholder={t('displays.panel.summaryPlaceholder')}
          onChange={(body) => {
            if (body.content !== (note?.summary.content ?? '') || body.plainText !== (note?.summary.plainText ?? '')) autosave.schedule(body);
          }}
          onBlur={() => void autosave.flush()}
        />
      </div>
      <h3>{t('displays.panel.excerpts', { count: excerpts.length })}</h3>
      {excerpts.length === 0 ? <p className="muted">{t('displays.panel.noExcerpts')}</p> : <CellExcerptList excerpts={excerpts} navigate={navigate} evidence={{ projectId: display.projectId, index: evidence }} label={t('displays.panel.excerptsLabel', { title })} />}
    </section>
  );
};
