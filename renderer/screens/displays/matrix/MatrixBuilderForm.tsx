// The builder form of a matrix display: what runs down the rows, which codes (with or without sub-codes), what a cell
// shows, the filters, the options of its type (role order, clusters, checklist code and rating scale, periods,
// triangulation split, co-occurrence proximity) and how the view shows it. Every change goes to `onChange` at once:
// the screen previews it live and saves it.
import {
  DEFAULT_RATING_SCALE, type Coder, type DisplayCellContent, type DisplayRows, type MatrixDisplayDefinition, type MatrixDisplayType,
} from '../../../../shared/model/index.ts';
import { MultiSelect } from '../../../components/MultiSelect.tsx';
import { useTranslation } from '../../../i18n/useTranslation.ts';
import { BuilderFilters } from './BuilderFilters.tsx';
import type { BuilderChoices } from './builderChoices.ts';
import { PeriodsField } from './PeriodsField.tsx';
import { OverviewBuilderForm } from './OverviewBuilderForm.tsx';
import { RoleOrderField } from './RoleOrderField.tsx';
import { ViewOptionsFields } from './ViewOptionsFields.tsx';
import { ratingLabel } from '../../../../shared/export/matrixViewTable.ts';

type Props = {
  type: MatrixDisplayType;
  definition: MatrixDisplayDefinition;
  choices: BuilderChoices;
  coders: readonly Pick<Coder, 'id' | 'name'>[];
  onChange: (definition: MatrixDisplayDefinition) => void;
};

/** The rows each type can run down; an empty list: the type fixes its rows (codes, periods, sub-codes). */
const ROW_CHOICES: Record<MatrixDisplayType, DisplayRows[]> = {
  'case-by-code': ['informant', 'source'],
  'role-ordered': [],
  clustered: ['informant', 'role'],
  checklist: ['informant', 'role'],
  'time-ordered': [],
  'event-listing': [],
  triangulation: [],
  cooccurrence: [],
  'triangulation-overview': [],
};

const CELL_CONTENTS: readonly DisplayCellContent[] = ['segments', 'informants', 'words', 'excerpts', 'summary'];

const isCellContent = (value: string): value is DisplayCellContent => CELL_CONTENTS.some((content) => content === value);
const isRows = (value: string): value is DisplayRows => ['informant', 'role', 'source', 'source-kind', 'period'].includes(value);

export const MatrixBuilderForm = ({ type, definition, choices, coders, onChange }: Props) => {
  const { t, locale } = useTranslation();
  const set = (patch: Partial<MatrixDisplayDefinition>) => onChange({ ...definition, ...patch });
  const rowChoices = ROW_CHOICES[type];
  const codeOptions = choices.codes.map((code) => ({ value: code.id, label: code.path }));
  const parentOptions = choices.codes.filter((code) => code.hasChildren).map((code) => ({ value: code.id, label: code.path }));
  const cooccurrence = definition.cooccurrence ?? { kind: 'overlap' };
  if (type === 'triangulation-overview') return <OverviewBuilderForm definition={definition} choices={choices} onChange={onChange} />;

  return (
    <form className="matrix-builder" aria-label={t('displays.builder.label')} onSubmit={(event) => event.preventDefault()}>
      <fieldset className="builder-section">
        <legend>{t('displays.builder.layout')}</legend>
        {rowChoices.length > 0 && (
          <label className="builder-field">
            <span className="builder-label">{t(type === 'checklist' ? 'displays.builder.columns' : 'displays.builder.rows')}</span>
            <select value={definition.rows} onChange={(event) => isRows(event.currentTarget.value) && set({ rows: event.currentTarget.value })}>
              {rowChoices.map((rows) => (
                <option key={rows} value={rows}>
                  {t(`displays.rows.${rows}`)}
                </option>
              ))}
            </select>
          </label>
        )}
        {type === 'checklist' ? (
          <label className="builder-field">
            <span className="builder-label">{t('displays.builder.checklistCode')}</span>
            <select value={definition.checklistCodeId ?? ''} onChange={(event) => set({ checklistCodeId: event.currentTarget.value || null })}>
              <option value="">{t('displays.builder.pickCode')}</option>
              {parentOptions.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <div className="builder-field">
            <span className="builder-label">{t('displays.builder.codes')}</span>
            <MultiSelect
              label={t('displays.builder.codes')}
              options={codeOptions}
              selected={definition.codeIds ?? []}
              emptySummary={t('displays.builder.allCodes')}
              noOptionsText={t('displays.builder.noCodes')}
              onChange={(values) => set({ codeIds: values.length === 0 ? null : values })}
            />
          </div>
        )}
        <label className="checkbox-row">
          <input type="checkbox" checked={definition.withSubCodes} onChange={(event) => set({ withSubCodes: event.currentTarget.checked })} />
          {t('displays.builder.withSubCodes')}
        </label>
        <label className="builder-field">
          <span className="builder-label">{t('displays.builder.cell')}</span>
          <select value={definition.cell} onChange={(event) => isCellContent(event.currentTarget.value) && set({ cell: event.currentTarget.value })}>
            {CELL_CONTENTS.map((content) => (
              <option key={content} value={content}>
                {t(`displays.cell.${content}`)}
              </option>
            ))}
          </select>
        </label>
      </fieldset>

      {type === 'role-ordered' && <RoleOrderField order={definition.rowOrder ?? []} roles={choices.roles} onChange={(rowOrder) => set({ rowOrder })} />}

      {type === 'clustered' && (
        <fieldset className="builder-section">
          <legend>{t('displays.builder.clusters')}</legend>
          <label className="checkbox-row">
            <input type="radio" name="cluster-by" checked={definition.clusterBy?.kind !== 'parent-codes'} onChange={() => set({ clusterBy: { kind: 'model-role' } })} />
            {t('displays.builder.clusterByModelRole')}
          </label>
          <label className="checkbox-row">
            <input
              type="radio"
              name="cluster-by"
              checked={definition.clusterBy?.kind === 'parent-codes'}
              onChange={() => set({ clusterBy: { kind: 'parent-codes', codeIds: [] } })}
            />
            {t('displays.builder.clusterByParents')}
          </label>
          {definition.clusterBy?.kind === 'parent-codes' && (
            <MultiSelect
              label={t('displays.builder.clusterParents')}
              options={parentOptions}
              selected={definition.clusterBy.codeIds}
              onChange={(codeIds) => set({ clusterBy: { kind: 'parent-codes', codeIds } })}
            />
          )}
        </fieldset>
      )}

      {type === 'checklist' && (
        <fieldset className="builder-section">
          <legend>{t('displays.builder.ratingScale')}</legend>
          <label className="builder-field">
            <span className="builder-label">{t('displays.builder.ratingScaleHint')}</span>
            <input
              type="text"
              defaultValue={(definition.ratingScale ?? []).join(', ')}
              placeholder={DEFAULT_RATING_SCALE.map((rating) => ratingLabel(rating, locale)).join(', ')}
              onBlur={(event) => {
                const scale = event.currentTarget.value.split(',').map((rating) => rating.trim()).filter((rating) => rating !== '');
                set({ ratingScale: scale.length === 0 ? undefined : scale });
              }}
            />
          </label>
        </fieldset>
      )}

      {(type === 'time-ordered' || type === 'event-listing') && (
        <PeriodsField
          periods={definition.periods ?? { kind: 'year' }}
          dateAttribute={definition.dateAttribute ?? null}
          attributes={choices.attributes}
          onChange={(periods, dateAttribute) => set({ periods, dateAttribute })}
        />
      )}

      {type === 'triangulation' && (
        <fieldset className="builder-section">
          <legend>{t('displays.builder.triangulation')}</legend>
          <label className="checkbox-row">
            <input type="checkbox" checked={definition.splitByRole === true} onChange={(event) => set({ splitByRole: event.currentTarget.checked })} />
            {t('displays.builder.splitByRole')}
          </label>
        </fieldset>
      )}

      {type === 'cooccurrence' && (
        <fieldset className="builder-section">
          <legend>{t('displays.builder.cooccurrence')}</legend>
          <label className="builder-field">
            <span className="builder-label">{t('displays.builder.cooccurrenceMode')}</span>
            <select
              value={cooccurrence.kind}
              onChange={(event) => {
                const kind = event.currentTarget.value;
                set({ cooccurrence: kind === 'proximity' ? { kind, characters: 200 } : kind === 'same-turn' ? { kind } : { kind: 'overlap' } });
              }}
            >
              <option value="overlap">{t('displays.builder.cooccurrence.overlap')}</option>
              <option value="same-turn">{t('displays.builder.cooccurrence.sameTurn')}</option>
              <option value="proximity">{t('displays.builder.cooccurrence.proximity')}</option>
            </select>
          </label>
          {cooccurrence.kind === 'proximity' && (
            <label className="builder-field">
              <span className="builder-label">{t('displays.builder.cooccurrenceCharacters')}</span>
              <input
                type="number"
                min={0}
                step={10}
                value={cooccurrence.characters}
                onChange={(event) => set({ cooccurrence: { kind: 'proximity', characters: Math.max(0, Math.round(Number(event.currentTarget.value) || 0)) } })}
              />
            </label>
          )}
        </fieldset>
      )}

      <BuilderFilters
        filters={definition.filters}
        roles={choices.roles}
        attributes={choices.attributes}
        coders={coders}
        onChange={(filters) => set({ filters })}
      />

      <ViewOptionsFields definition={definition} set={set} />
    </form>
  );
};
