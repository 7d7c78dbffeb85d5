// The way from a source to its summary sheet (Miles & Huberman's contact summary, or a document's summary form):
// "Open contact summary" when the source has one, else "Write contact summary", which creates it and opens it on the
// Summary sheets screen. The source screen shows it in its header.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Source } from '../../shared/model/index.ts';
import { useDatabase } from '../services/DatabaseContext.tsx';
import type { Route } from '../services/routes.ts';
import { useToasts } from '../services/Toasts.tsx';
import { useUndoManager } from '../services/UndoContext.tsx';
import { createSummarySheet, sheetKindOf, summarySheetOfSource } from '../data/summarySheets.ts';
import { useTranslation } from '../i18n/useTranslation.ts';

type Props = { source: Pick<Source, 'id' | 'projectId' | 'kind'>; navigate: (route: Route) => void };

export const SummarySheetButton = ({ source, navigate }: Props) => {
  const db = useDatabase();
  const undo = useUndoManager();
  const { runWrite } = useToasts();
  const { t } = useTranslation();
  const sheet = useLiveQuery(async () => (await summarySheetOfSource(db, source.id)) ?? null, [db, source.id]);
  if (sheet === undefined) return null;
  const kind = sheet?.kind ?? sheetKindOf(source);

  const go = async () => {
    const target = sheet ?? (await runWrite(() => createSummarySheet(db, source.projectId, source.id, undo)));
    if (target !== undefined) navigate({ screen: 'summaries', sheetId: target.id });
  };

  return (
    <button type="button" className="button small" onClick={() => void go()}>
      {t(sheet === null ? `summaries.link.write.${kind}` : `summaries.link.open.${kind}`)}
    </button>
  );
};
