// The list of summary sheets: search over every field, a kind filter and an order (date, source, author); each
// sheet shows its source, kind, date, author and the first words of its main field.
import type { Id } from '../../../shared/model/index.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { SHEET_KINDS, SHEET_ORDERS, type SheetKind, type SheetListItem, type SheetOrder } from './sheetListing.ts';

type Props = {
  items: readonly SheetListItem[] | undefined;
  total: number;
  activeId: Id | null;
  query: string;
  kind: SheetKind | null;
  order: SheetOrder;
  onQuery: (query: string) => void;
  onKind: (kind: SheetKind | null) => void;
  onOrder: (order: SheetOrder) => void;
  onOpen: (sheetId: Id) => void;
};

const asKind = (value: string): SheetKind | null => SHEET_KINDS.find((kind) => kind === value) ?? null;
const asOrder = (value: string): SheetOrder => SHEET_ORDERS.find((order) => order === value) ?? 'date';

/** The first words of the field a reader looks at first. */
const firstWords = (item: SheetListItem, length = 120): string => {
  const text = (item.sheet.kind === 'contact' ? item.sheet.mainThemes : item.sheet.contentSummary).plainText.replace(/\s+/g, ' ').trim();
  return text.length <= length ? text : `${text.slice(0, length).trimEnd()}…`;
};

export const SheetListPane = ({ items, total, activeId, query, kind, order, onQuery, onKind, onOrder, onOpen }: Props) => {
  const { t, formatDate } = useTranslation();
  return (
    <div className="sheets-list-pane">
      <div className="filter-bar">
        <input
          type="search"
          className="sheet-search"
          aria-label={t('summaries.search.label')}
          placeholder={t('summaries.search.placeholder')}
          value={query}
          onChange={(event) => onQuery(event.currentTarget.value)}
        />
        <label>
          {t('summaries.filter.kind')}
          <select value={kind ?? ''} onChange={(event) => onKind(asKind(event.currentTarget.value))}>
            <option value="">{t('summaries.filter.all')}</option>
            {SHEET_KINDS.map((option) => (
              <option key={option} value={option}>
                {t(`summaries.kind.${option}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('summaries.sort.label')}
          <select value={order} onChange={(event) => onOrder(asOrder(event.currentTarget.value))}>
            {SHEET_ORDERS.map((option) => (
              <option key={option} value={option}>
                {t(`summaries.sort.${option}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {items === undefined && <p className="muted">{t('summaries.loading')}</p>}
      {items !== undefined && total === 0 && <p className="empty-state">{t('summaries.empty')}</p>}
      {items !== undefined && total > 0 && items.length === 0 && <p className="empty-state">{t('summaries.noMatch')}</p>}
      <ul className="sheets-index" aria-label={t('summaries.list.label')}>
        {(items ?? []).map((item) => (
          <li key={item.sheet.id}>
            <button
              type="button"
              className={`list-card sheet-list-item${item.sheet.id === activeId ? ' active' : ''}`}
              aria-current={item.sheet.id === activeId ? 'true' : undefined}
              onClick={() => onOpen(item.sheet.id)}
            >
              <span className="sheet-list-meta">
                <span className={`sheet-kind sheet-kind-${item.sheet.kind}`}>{t(`summaries.kind.${item.sheet.kind}`)}</span>
                <span>{item.sheet.date === null ? t('summaries.undated') : formatDate(item.sheet.date)}</span>
                <span className="sheet-list-author">{t('summaries.byAuthor', { author: item.authorName })}</span>
              </span>
              <span className="sheet-list-title">{item.sourceTitle}</span>
              <span className="sheet-list-excerpt">{firstWords(item)}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
};
