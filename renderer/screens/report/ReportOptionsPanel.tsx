// The Report screen's left pane: the sections (SectionList), quotes per conclusion, excerpts, the report's language,
// pseudonymisation and the format, each a labelled native control; submitting it (Generate, in the screen's header)
// starts a build.
import type { ReportFormat, ReportSectionId } from '../../../shared/report/reportDocument.ts';
import { MAX_QUOTES, MIN_QUOTES } from '../../../shared/report/reportOptions.ts';
import { REPORT_FORMATS, defaultSectionTitle } from '../../../shared/report/writeReport.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { includeSection, moveSection, renameSection, type ReportChoices } from './reportChoices.ts';
import { SectionList } from './SectionList.tsx';

type Props = {
  choices: ReportChoices;
  change: (edit: (choices: ReportChoices) => ReportChoices) => void;
  onGenerate: () => void;
};

/** The form's id: the screen's header holds its Generate button, in sight whatever the panel's length. */
export const REPORT_OPTIONS_FORM = 'report-options-form';

const QUOTE_COUNTS = Array.from({ length: MAX_QUOTES - MIN_QUOTES + 1 }, (_, index) => MIN_QUOTES + index);

export const ReportOptionsPanel = ({ choices, change, onGenerate }: Props) => {
  const { t } = useTranslation();
  const { options } = choices;
  const titleOf = (id: ReportSectionId): string => defaultSectionTitle(id, options.language);
  const editOptions = (edit: Partial<ReportChoices['options']>) => change((all) => ({ ...all, options: { ...all.options, ...edit } }));
  const nothingIncluded = options.sections.every((section) => !section.included);

  return (
    <form
      id={REPORT_OPTIONS_FORM}
      className="report-options panel"
      aria-labelledby="report-options-heading"
      onSubmit={(event) => {
        event.preventDefault();
        onGenerate();
      }}
    >
      <h2 id="report-options-heading" className="panel-title">{t('reportScreen.options.heading')}</h2>
      <fieldset>
        <legend>{t('reportScreen.sections.heading')}</legend>
        <p className="muted small">{t('reportScreen.sections.hint')}</p>
        <SectionList
          sections={options.sections}
          defaultTitle={titleOf}
          onInclude={(id, included) => editOptions({ sections: includeSection(options.sections, id, included) })}
          onRename={(id, title) => editOptions({ sections: renameSection(options.sections, id, title, titleOf(id)) })}
          onMove={(id, by) => editOptions({ sections: moveSection(options.sections, id, by) })}
        />
      </fieldset>
      <label className="report-field">
        <span>{t('reportScreen.quotes')}</span>
        <select value={options.quotesPerConclusion} onChange={(event) => editOptions({ quotesPerConclusion: Number(event.target.value) })}>
          {QUOTE_COUNTS.map((count) => <option key={count} value={count}>{count}</option>)}
        </select>
      </label>
      <label className="report-check">
        <input type="checkbox" checked={options.includeExcerpts} onChange={(event) => editOptions({ includeExcerpts: event.target.checked })} />
        <span>{t('reportScreen.excerpts')}</span>
      </label>
      <label className="report-field">
        <span>{t('reportScreen.language')}</span>
        <select value={options.language} onChange={(event) => editOptions({ language: event.target.value === 'id' ? 'id' : 'en' })}>
          <option value="en">{t('reportScreen.language.en')}</option>
          <option value="id">{t('reportScreen.language.id')}</option>
        </select>
      </label>
      <label className="report-check">
        <input type="checkbox" checked={options.pseudonymise} onChange={(event) => editOptions({ pseudonymise: event.target.checked })} />
        <span>{t('reportScreen.pseudonymise')}</span>
      </label>
      <label className="report-field">
        <span>{t('reportScreen.format')}</span>
        <select
          value={choices.format}
          onChange={(event) => {
            const format = REPORT_FORMATS.find((candidate) => candidate === event.target.value);
            if (format !== undefined) change((all) => ({ ...all, format: format satisfies ReportFormat }));
          }}
        >
          {REPORT_FORMATS.map((format) => <option key={format} value={format}>{t(`reportScreen.format.${format}`)}</option>)}
        </select>
      </label>
      {nothingIncluded && <p className="error-text" role="alert">{t('reportScreen.error.noSections')}</p>}
    </form>
  );
};
