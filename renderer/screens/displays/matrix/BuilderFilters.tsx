// The filters of a matrix display in its builder form: informant roles and attributes, source kinds, coders and a
// range of source dates. An empty choice keeps everything (the filter is left out of the definition).
import { SOURCE_KINDS, type AttributeFilter, type Coder, type DisplayFilters, type SourceKind } from '../../../../shared/model/index.ts';
import { MultiSelect } from '../../../components/MultiSelect.tsx';
import { useTranslation } from '../../../i18n/useTranslation.ts';
import type { AttributeChoice } from './builderChoices.ts';

type Props = {
  filters: DisplayFilters;
  roles: readonly string[];
  attributes: readonly AttributeChoice[];
  coders: readonly Pick<Coder, 'id' | 'name'>[];
  onChange: (filters: DisplayFilters) => void;
};

/** null for an empty choice: the filter then keeps everything. */
const chosenOrNull = <T,>(values: T[]): T[] | null => (values.length === 0 ? null : values);

const isSourceKind = (value: string): value is SourceKind => SOURCE_KINDS.some((kind) => kind === value);

export const BuilderFilters = ({ filters, roles, attributes, coders, onChange }: Props) => {
  const { t } = useTranslation();
  const attributeFilters = filters.attributes ?? [];
  const setAttribute = (name: string, values: string[]) => {
    const others = attributeFilters.filter((filter) => filter.name !== name);
    const next: AttributeFilter[] = values.length === 0 ? others : [...others, { name, values }];
    onChange({ ...filters, attributes: chosenOrNull(next) });
  };
  return (
    <fieldset className="builder-section">
      <legend>{t('displays.builder.filters')}</legend>
      <div className="builder-field">
        <span className="builder-label">{t('displays.builder.roles')}</span>
        <MultiSelect
          label={t('displays.builder.roles')}
          options={[...roles.map((role) => ({ value: role, label: role })), { value: '', label: t('display.matrix.noRole') }]}
          selected={filters.roles ?? []}
          emptySummary={t('displays.builder.all')}
          onChange={(values) => onChange({ ...filters, roles: chosenOrNull(values) })}
        />
      </div>
      {attributes.map((attribute) => (
        <div key={attribute.name} className="builder-field">
          <span className="builder-label">{attribute.name}</span>
          <MultiSelect
            label={t('displays.builder.attribute', { name: attribute.name })}
            options={attribute.values.map((value) => ({ value, label: value }))}
            selected={attributeFilters.find((filter) => filter.name === attribute.name)?.values ?? []}
            emptySummary={t('displays.builder.all')}
            onChange={(values) => setAttribute(attribute.name, values)}
          />
        </div>
      ))}
      <div className="builder-field">
        <span className="builder-label">{t('displays.builder.sourceKinds')}</span>
        <MultiSelect
          label={t('displays.builder.sourceKinds')}
          options={SOURCE_KINDS.map((kind) => ({ value: kind, label: t(`sources.kind.${kind}`) }))}
          selected={filters.sourceKinds ?? []}
          emptySummary={t('displays.builder.all')}
          onChange={(values) => onChange({ ...filters, sourceKinds: chosenOrNull(values.filter(isSourceKind)) })}
        />
      </div>
      <div className="builder-field">
        <span className="builder-label">{t('displays.builder.coders')}</span>
        <MultiSelect
          label={t('displays.builder.coders')}
          options={coders.map((coder) => ({ value: coder.id, label: coder.name }))}
          selected={filters.coderIds ?? []}
          emptySummary={t('displays.builder.all')}
          onChange={(values) => onChange({ ...filters, coderIds: chosenOrNull(values) })}
        />
      </div>
      <div className="builder-field builder-dates">
        <label>
          <span className="builder-label">{t('displays.builder.dateFrom')}</span>
          <input type="date" value={filters.dateFrom ?? ''} onChange={(event) => onChange({ ...filters, dateFrom: event.currentTarget.value || null })} />
        </label>
        <label>
          <span className="builder-label">{t('displays.builder.dateTo')}</span>
          <input type="date" value={filters.dateTo ?? ''} onChange={(event) => onChange({ ...filters, dateTo: event.currentTarget.value || null })} />
        </label>
      </div>
    </fieldset>
  );
};
