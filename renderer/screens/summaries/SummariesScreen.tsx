// The Summary sheets screen: Miles & Huberman's contact summaries (interviews, observations, other contacts) and
// document summary forms (documents) of the project, listed, searched by any field and filtered by kind; the sheet
// the route names opens in the editor pane, and "New contact summary" / "New document summary" start one for a
// source that has none yet.
import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Id } from '../../../shared/model/index.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import type { Route } from '../../services/routes.ts';
import { useToasts } from '../../services/Toasts.tsx';
import { useUndoManager } from '../../services/UndoContext.tsx';
import { useCodeTree } from '../../services/CodingStoreContext.tsx';
import { pickableCodes } from '../../coding/codeMatcher.ts';
import { listCoders } from '../../data/coders.ts';
import { getProject } from '../../data/projects.ts';
import { listSourceSummaries } from '../../data/sources.ts';
import { createSummarySheet, listSummarySheets, sheetKindOf } from '../../data/summarySheets.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { filterSheetItems, sheetListItems, type SheetKind, type SheetOrder } from './sheetListing.ts';
import { NewSheetForm } from './NewSheetForm.tsx';
import { SheetEditor } from './SheetEditor.tsx';
import { SheetListPane } from './SheetListPane.tsx';
import '../../styles/memos.css';
import '../../styles/summaries.css';

type Props = { projectId: string; sheetId: string | null; navigate: (route: Route) => void };

export const SummariesScreen = ({ projectId, sheetId, navigate }: Props) => {
  const db = useDatabase();
  const undo = useUndoManager();
  const toasts = useToasts();
  const { t } = useTranslation();
  const sheets = useLiveQuery(() => listSummarySheets(db, projectId), [db, projectId]);
  const sources = useLiveQuery(() => listSourceSummaries(db, projectId), [db, projectId]);
  const coders = useLiveQuery(() => listCoders(db), [db]);
  const project = useLiveQuery(() => getProject(db, projectId), [db, projectId]);
  const tree = useCodeTree();
  const codes = useMemo(() => pickableCodes(tree), [tree]);
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<SheetKind | null>(null);
  const [order, setOrder] = useState<SheetOrder>('date');
  const [creating, setCreating] = useState<SheetKind | null>(null);

  const items = useMemo(
    () =>
      sheets === undefined
        ? undefined
        : sheetListItems(sheets, {
          sources: new Map((sources ?? []).map((source) => [source.id, { title: source.title, kind: source.kind }])),
          coders: coders ?? [],
          codes,
          missingSource: t('summaries.missingSource'),
          unknownAuthor: t('summaries.unknownAuthor'),
        }),
    // `t` is left out: it is a new function every render and the locale does not change while the screen is open.
    [sheets, sources, coders, codes],
  );
  const visible = useMemo(() => (items === undefined ? undefined : filterSheetItems(items, kind, query, order)), [items, kind, query, order]);
  const open = creating === null && sheetId !== null ? (items?.find((item) => item.sheet.id === sheetId) ?? null) : null;

  const withSheet = new Set((sheets ?? []).map((sheet) => sheet.sourceId));
  const candidates = creating === null ? [] : (sources ?? []).filter((source) => sheetKindOf(source) === creating && !withSheet.has(source.id));

  const openSheet = (id: Id | null) => {
    setCreating(null);
    navigate(id === null ? { screen: 'summaries' } : { screen: 'summaries', sheetId: id });
  };

  const create = async (sourceId: Id) => {
    const sheet = await toasts.runWrite(() => createSummarySheet(db, projectId, sourceId, undo));
    if (sheet !== undefined) openSheet(sheet.id);
  };

  return (
    <section className="screen summaries-screen" aria-labelledby="summaries-heading">
      <div className="screen-header sheet-no-print">
        <h1 id="summaries-heading">{t('summaries.title')}</h1>
        {visible !== undefined && <span className="muted">{t('summaries.count', { shown: visible.length, total: sheets?.length ?? 0 })}</span>}
        <div className="screen-header-actions">
          <button type="button" className="button primary" onClick={() => setCreating('contact')}>
            {t('summaries.new.contact')}
          </button>
          <button type="button" className="button" onClick={() => setCreating('document')}>
            {t('summaries.new.document')}
          </button>
        </div>
      </div>
      <div className="sheets-layout">
        <div className="sheet-no-print">
          <SheetListPane
            items={visible}
            total={sheets?.length ?? 0}
            activeId={open?.sheet.id ?? null}
            query={query}
            kind={kind}
            order={order}
            onQuery={setQuery}
            onKind={setKind}
            onOrder={setOrder}
            onOpen={openSheet}
          />
        </div>
        <div className="sheet-pane panel">
          {creating !== null && (
            <NewSheetForm key={creating} kind={creating} sources={candidates} onCreate={(sourceId) => void create(sourceId)} onCancel={() => setCreating(null)} />
          )}
          {creating === null && open === null && <p className="muted">{t('summaries.pickOne')}</p>}
          {open !== null && (
            <SheetEditor
              key={open.sheet.id}
              sheet={open.sheet}
              sourceTitle={open.sourceTitle}
              sourceKind={open.sourceKind}
              authorName={open.authorName}
              researchQuestions={project?.researchQuestions ?? []}
              codes={codes}
              navigate={navigate}
              onDeleted={() => openSheet(null)}
            />
          )}
        </div>
      </div>
    </section>
  );
};
