// One summary sheet being written: its source (with a link to it), kind, contact type, date and author, then its
// rich-text fields — for a contact summary the main themes, the theme codes, one answer per research question of the
// project, other salient points and questions for the next contact; for a document summary form its significance,
// content summary and associated event. Saved as the user types; printable; deletable with Undo in a toast. A change
// made elsewhere (the session's Undo) is loaded unless this editor holds unsaved typing.
import { useEffect, useId, useRef, useState } from 'react';
import { EMPTY_RICH_TEXT, type Id, type ResearchQuestion, type SourceKind, type SummarySheet } from '../../../shared/model/index.ts';
import type { PickableCode } from '../../coding/codeMatcher.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import type { Route } from '../../services/routes.ts';
import { useToasts } from '../../services/Toasts.tsx';
import { useUndoManager } from '../../services/UndoContext.tsx';
import { undoToastAction } from '../../services/undoToastAction.ts';
import { deleteSummarySheet } from '../../data/summarySheets.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { SheetTextField } from './SheetTextField.tsx';
import { ThemeCodesField } from './ThemeCodesField.tsx';
import { useSheetAutosave } from './useSheetAutosave.ts';

type Props = {
  sheet: SummarySheet;
  sourceTitle: string;
  sourceKind: SourceKind | null;
  authorName: string;
  researchQuestions: readonly ResearchQuestion[];
  codes: readonly PickableCode[];
  navigate: (route: Route) => void;
  onDeleted: () => void;
};

export const SheetEditor = (props: Props) => {
  const { sheet, sourceTitle, sourceKind, authorName, navigate, onDeleted } = props;
  const { t, formatDateTime } = useTranslation();
  const db = useDatabase();
  const undo = useUndoManager();
  const toasts = useToasts();
  const headingId = useId();
  // What the fields were loaded from; a new version remounts the rich-text fields with another sheet's state.
  const [loaded, setLoaded] = useState({ version: 0, sheet });
  const [contactType, setContactType] = useState(sheet.kind === 'contact' ? sheet.contactType : '');
  const [date, setDate] = useState(sheet.date ?? '');
  const [themeCodeIds, setThemeCodeIds] = useState<Id[]>(sheet.kind === 'contact' ? sheet.themeCodeIds : []);
  const shownAt = useRef(sheet.updatedAt);
  const autosave = useSheetAutosave(sheet.id, (saved) => {
    shownAt.current = saved.updatedAt;
  });

  useEffect(() => {
    if (sheet.updatedAt === shownAt.current || autosave.busy()) return;
    shownAt.current = sheet.updatedAt;
    setLoaded((previous) => ({ version: previous.version + 1, sheet }));
    setContactType(sheet.kind === 'contact' ? sheet.contactType : '');
    setDate(sheet.date ?? '');
    setThemeCodeIds(sheet.kind === 'contact' ? sheet.themeCodeIds : []);
    // Only a newly stored sheet can bring a change made elsewhere; `autosave` is a new object every render.
  }, [sheet]);

  const flush = () => void autosave.flush();

  const remove = async () => {
    autosave.discard();
    await autosave.flush();
    const done = await toasts.runWrite(async () => {
      await deleteSummarySheet(db, sheet.id, undo);
      return true;
    });
    if (done !== true) return;
    toasts.notify(t('summaries.deleted', { title: sourceTitle }), undoToastAction(undo, t('summaries.undo')));
    onDeleted();
  };

  const print = async () => {
    await autosave.flush();
    globalThis.print();
  };

  const status = autosave.state;
  const base = loaded.sheet;
  return (
    <article className="summary-sheet" aria-labelledby={headingId}>
      <header className="sheet-head">
        <h2 id={headingId}>{t(sheet.kind === 'contact' ? 'summaries.editor.heading.contact' : 'summaries.editor.heading.document', { title: sourceTitle })}</h2>
        <span className={`memo-save-status status-${status.status} sheet-no-print`} role="status" data-testid="sheet-save-status">
          {status.status === 'saving' && t('summaries.editor.saving')}
          {status.status === 'saved' && t('summaries.editor.saved')}
          {status.status === 'dirty' && t('summaries.editor.unsaved')}
          {status.status === 'failed' && t('summaries.editor.saveFailed', { reason: status.message })}
          {status.status === 'idle' && t('summaries.editor.updated', { date: formatDateTime(sheet.updatedAt) })}
        </span>
        <div className="sheet-actions sheet-no-print">
          <button type="button" className="button small" onClick={() => navigate({ screen: 'source', sourceId: sheet.sourceId })}>
            {t('summaries.editor.openSource')}
          </button>
          <button type="button" className="button small" onClick={() => void print()}>
            {t('summaries.editor.print')}
          </button>
          <button
            type="button"
            className="button small danger-outline"
            aria-label={t('summaries.editor.deleteLabel', { title: sourceTitle })}
            onClick={() => void remove()}
          >
            {t('summaries.editor.delete')}
          </button>
        </div>
      </header>
      <div className="sheet-meta">
        <div className="sheet-meta-item">
          <span className="sheet-meta-label">{t('summaries.editor.sourceKind')}</span>
          <span>{sourceKind === null ? '—' : t(`sources.kind.${sourceKind}`)}</span>
        </div>
        {sheet.kind === 'contact' && (
          <label className="sheet-meta-item">
            <span className="sheet-meta-label">{t('summaries.editor.contactType')}</span>
            <input
              type="text"
              value={contactType}
              onChange={(event) => {
                const next = event.currentTarget.value;
                setContactType(next);
                autosave.schedule({ contactType: next });
              }}
              onBlur={flush}
            />
          </label>
        )}
        <label className="sheet-meta-item">
          <span className="sheet-meta-label">{t('summaries.editor.date')}</span>
          <input
            type="date"
            value={date}
            onChange={(event) => {
              const next = event.currentTarget.value;
              setDate(next);
              autosave.schedule({ date: next === '' ? null : next });
            }}
            onBlur={flush}
          />
        </label>
        <div className="sheet-meta-item">
          <span className="sheet-meta-label">{t('summaries.editor.author')}</span>
          <span>{authorName}</span>
        </div>
      </div>
      <div className="sheet-fields" key={loaded.version}>
        {base.kind === 'contact' ? (
          <>
            <SheetTextField
              label={t('summaries.field.mainThemes')}
              hint={t('summaries.field.mainThemes.hint')}
              value={base.mainThemes}
              onChange={(mainThemes) => autosave.schedule({ mainThemes })}
              onBlur={flush}
            />
            <ThemeCodesField
              codes={props.codes}
              value={themeCodeIds}
              onChange={(next) => {
                setThemeCodeIds(next);
                autosave.schedule({ themeCodeIds: next });
                flush();
              }}
            />
            <section className="sheet-field-group" aria-labelledby={`${headingId}-questions`}>
              <h3 id={`${headingId}-questions`} className="sheet-field-label">{t('summaries.field.researchQuestions')}</h3>
              {props.researchQuestions.length === 0 && <p className="muted small">{t('summaries.field.researchQuestions.none')}</p>}
              {props.researchQuestions.map((question, index) => (
                <SheetTextField
                  key={question.id}
                  label={t('summaries.field.researchQuestion', { number: index + 1, text: question.text })}
                  value={base.researchQuestions[question.id] ?? EMPTY_RICH_TEXT}
                  onChange={(answer) => autosave.schedule({ researchQuestions: { [question.id]: answer } })}
                  onBlur={flush}
                />
              ))}
            </section>
            <SheetTextField
              label={t('summaries.field.salientPoints')}
              hint={t('summaries.field.salientPoints.hint')}
              value={base.salientPoints}
              onChange={(salientPoints) => autosave.schedule({ salientPoints })}
              onBlur={flush}
            />
            <SheetTextField
              label={t('summaries.field.nextQuestions')}
              value={base.nextQuestions}
              onChange={(nextQuestions) => autosave.schedule({ nextQuestions })}
              onBlur={flush}
            />
          </>
        ) : (
          <>
            <SheetTextField
              label={t('summaries.field.significance')}
              hint={t('summaries.field.significance.hint')}
              value={base.significance}
              onChange={(significance) => autosave.schedule({ significance })}
              onBlur={flush}
            />
            <SheetTextField
              label={t('summaries.field.contentSummary')}
              value={base.contentSummary}
              onChange={(contentSummary) => autosave.schedule({ contentSummary })}
              onBlur={flush}
            />
            <SheetTextField
              label={t('summaries.field.associatedEvent')}
              value={base.associatedEvent}
              onChange={(associatedEvent) => autosave.schedule({ associatedEvent })}
              onBlur={flush}
            />
          </>
        )}
      </div>
    </article>
  );
};
