// The Retrieval screen: pick codes (with or without sub-codes), read every coded excerpt with its context and citation,
// filter by informant role, informant, source kind and coder, see counts, copy an excerpt with its citation, open it
// in its source, export CSV, Markdown, XLSX or Word (pseudonymised if asked).
import { useMemo, useState } from 'react';
import { codePath, indexCodes } from '../../../shared/codebook/index.ts';
import { countExcerpts } from '../../../shared/export/index.ts';
import { SOURCE_KINDS, type Id, type SourceKind } from '../../../shared/model/index.ts';
import type { Route } from '../../services/routes.ts';
import { useToasts } from '../../services/Toasts.tsx';
import { MultiSelect } from '../../components/MultiSelect.tsx';
import { useCodingSnapshot, useCodeTree, useCodingStore } from '../../services/CodingStoreContext.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { hasNativeFileDialog, saveBytes } from '../../platform/platform.ts';
import { describeError } from '../../services/errorMessage.ts';
import { CodeChecklist } from './CodeChecklist.tsx';
import { pickableCodes } from '../../coding/codeMatcher.ts';
import { ExcerptCounts } from './ExcerptCounts.tsx';
import { ExcerptList } from './ExcerptList.tsx';
import { EXCERPT_EXPORTS, EXCERPT_EXPORT_FORMATS, pseudonymiseRemembered, rememberPseudonymise, writeExcerptExport, type ExcerptExportFormat } from './excerptExports.ts';
import { loadPseudonymReplacer } from '../../data/pseudonyms.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import { filterExcerpts } from './excerptFilters.ts';
import { useFilterChoices, useRetrievalSelection, useRetrievedExcerpts } from './useRetrieval.ts';
import '../../styles/excerpts.css';

type Props = { projectId: string; navigate: (route: Route) => void };

const isKind = (value: string): value is SourceKind => SOURCE_KINDS.some((kind) => kind === value);

export const ExcerptsScreen = ({ projectId, navigate }: Props) => {
  const { t } = useTranslation();
  const toasts = useToasts();
  const store = useCodingStore();
  const { codes } = useCodingSnapshot();
  const tree = useCodeTree();
  const options = useMemo(() => pickableCodes(tree), [tree]);
  const treeOrder = useMemo(() => options.map((option) => option.id), [options]);
  const codesById = useMemo(() => indexCodes(codes), [codes]);
  const [selection, setSelection] = useRetrievalSelection(projectId);
  // Codes deleted since they were picked simply drop out of the selection.
  const codeIds = useMemo(() => selection.codeIds.filter((id) => codesById.has(id)), [selection.codeIds, codesById]);
  const result = useRetrievedExcerpts(projectId, codeIds, selection.includeSubCodes);
  const all = result.status === 'ready' ? result.excerpts : [];
  const { filters } = selection;
  const excerpts = useMemo(() => filterExcerpts(all, filters), [all, filters]);
  const counts = useMemo(() => countExcerpts(excerpts), [excerpts]);
  const choices = useFilterChoices(all, filters);
  const [exporting, setExporting] = useState(false);
  const [pseudonymise, setPseudonymise] = useState(pseudonymiseRemembered);
  const [sheetPerCode, setSheetPerCode] = useState(false);
  const db = useDatabase();
  const filtered = filters.roles.length + filters.informants.length + filters.kinds.length + filters.coders.length > 0;
  const informantNames = useMemo(() => new Map(choices.informants.map((informant) => [informant.id, informant.name])), [choices.informants]);

  const setFilters = (next: Partial<typeof filters>) => setSelection({ ...selection, filters: { ...filters, ...next } });

  /** Saves the excerpts shown (the screen's filters kept) as CSV, Markdown, XLSX or Word. */
  const exportAs = async (format: ExcerptExportFormat) => {
    setExporting(true);
    try {
      const fileName = `${t('retrieval.export.fileName')}.${format}`;
      const bytes = await writeExcerptExport(format, excerpts, pseudonymise ? await loadPseudonymReplacer(db, projectId) : undefined, sheetPerCode);
      const outcome = await saveBytes(fileName, bytes, [{ name: t(EXCERPT_EXPORTS[format].filterName), extensions: [format] }]);
      if (outcome.saved) {
        const count = excerpts.length;
        toasts.notify(hasNativeFileDialog() ? t('retrieval.export.saved', { count, path: outcome.path }) : t('retrieval.export.downloaded', { count, file: fileName }));
      }
    } catch (error) {
      toasts.reportError(error);
    } finally {
      setExporting(false);
    }
  };

  return (
    <section className="screen excerpts-screen" aria-labelledby="excerpts-heading">
      <div className="screen-header">
        <h1 id="excerpts-heading">{t('retrieval.title')}</h1>
        {result.status === 'loading' && <span className="muted">{t('retrieval.retrieving')}</span>}
        <div className="screen-header-actions">
          <label className="checkbox-row" title={t('pseudonyms.export.optionHint')}>
            <input
              type="checkbox" checked={pseudonymise} data-testid="pseudonymise-export"
              onChange={(event) => {
                const on = event.currentTarget.checked;
                setPseudonymise(on);
                rememberPseudonymise(on);
              }}
            />
            {t('pseudonyms.export.option')}
          </label>
          <label className="checkbox-row">
            <input type="checkbox" checked={sheetPerCode} onChange={(event) => setSheetPerCode(event.currentTarget.checked)} />
            {t('retrieval.export.sheetPerCode')}
          </label>
          {EXCERPT_EXPORT_FORMATS.map((format) => (
            <button key={format} type="button" className="button" disabled={excerpts.length === 0 || exporting} onClick={() => void exportAs(format)}>
              {t(EXCERPT_EXPORTS[format].label)}
            </button>
          ))}
        </div>
      </div>
      <div className="excerpts-layout">
        <aside className="excerpts-codes panel">
          {store === null ? (
            <p className="muted">{t('retrieval.loading')}</p>
          ) : (
            <CodeChecklist
              options={options}
              selected={new Set(codeIds)}
              onChange={(next) => setSelection({ ...selection, codeIds: options.filter((option) => next.has(option.id)).map((option) => option.id) })}
              includeSubCodes={selection.includeSubCodes}
              onIncludeSubCodesChange={(includeSubCodes) => setSelection({ ...selection, includeSubCodes })}
            />
          )}
        </aside>
        <div className="excerpts-results">
          <div className="filter-bar" role="group" aria-label={t('retrieval.filters')}>
            <div className="filter-field">
              <span>{t('retrieval.filter.role')}</span>
              <MultiSelect
                label={t('retrieval.filter.role')}
                options={choices.roles.map((role) => ({ value: role, label: role === '' ? t('retrieval.filter.noRole') : role }))}
                selected={filters.roles}
                onChange={(roles) => setFilters({ roles })}
                emptySummary={t('retrieval.filter.all')}
                noOptionsText={t('retrieval.filter.noChoices')}
              />
            </div>
            <div className="filter-field">
              <span>{t('retrieval.filter.informant')}</span>
              <MultiSelect
                label={t('retrieval.filter.informant')}
                options={choices.informants.map((informant) => ({ value: informant.id, label: informant.id === '' ? t('retrieval.filter.noInformant') : informant.name }))}
                selected={filters.informants}
                onChange={(informants) => setFilters({ informants })}
                emptySummary={t('retrieval.filter.all')}
                noOptionsText={t('retrieval.filter.noChoices')}
              />
            </div>
            <div className="filter-field">
              <span>{t('retrieval.filter.kind')}</span>
              <MultiSelect
                label={t('retrieval.filter.kind')}
                options={SOURCE_KINDS.map((kind) => ({ value: kind, label: t(`sources.kind.${kind}`) }))}
                selected={filters.kinds}
                onChange={(kinds) => setFilters({ kinds: kinds.filter(isKind) })}
                emptySummary={t('retrieval.filter.all')}
              />
            </div>
            <div className="filter-field">
              <span>{t('retrieval.filter.coder')}</span>
              <MultiSelect
                label={t('retrieval.filter.coder')}
                options={choices.coders.map((coder) => ({ value: coder.id, label: coder.name }))}
                selected={filters.coders}
                onChange={(coders) => setFilters({ coders })}
                emptySummary={t('retrieval.filter.all')}
                noOptionsText={t('retrieval.filter.noChoices')}
              />
            </div>
            {filtered && (
              <button type="button" className="button link" onClick={() => setFilters({ roles: [], informants: [], kinds: [], coders: [] })}>
                {t('retrieval.filter.clear')}
              </button>
            )}
          </div>
          {codeIds.length === 0 && <p className="empty-state">{t('retrieval.prompt')}</p>}
          {result.status === 'failed' && (
            <p className="error-text" role="alert">
              {t('retrieval.error.load', { reason: describeError(result.error) })}
            </p>
          )}
          {result.status === 'ready' && codeIds.length > 0 && (
            <>
              <ExcerptCounts
                counts={counts}
                codesById={codesById}
                pathOf={(id: Id) => codePath(codesById, id)}
                treeOrder={treeOrder}
                informantName={(id: Id) => informantNames.get(id) ?? id}
              />
              {excerpts.length === 0 ? (
                <p className="empty-state">{t('retrieval.noExcerpts')}</p>
              ) : (
                <ExcerptList excerpts={excerpts} codesById={codesById} navigate={navigate} projectId={projectId} />
              )}
            </>
          )}
        </div>
      </div>
    </section>
  );
};
