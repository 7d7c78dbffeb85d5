// The displays the researcher marked "include in report": a matrix as a table, computed by the app's own code
// (computeMatrixView) and laid out as its exports lay it out (matrixViewTableRows); a network as a figure, except the
// ecosystem network when the report's model section draws it (one figure, not the same one twice).
import { computeMatrixView } from '../../analysis/index.ts';
import { matrixViewTableRows } from '../../export/matrixViewTable.ts';
import { getLocale, setLocale, type Locale } from '../../i18n/translate.ts';
import type { Display } from '../../model/index.ts';
import type { ReportBlock, ReportTable } from '../reportDocument.ts';
import type { ReportFacts } from '../reportFacts.ts';
import { ecosystemDisplay } from './modelSection.ts';
import { isNetworkDisplay, networkFigure } from './networkFigure.ts';
import { note, type SectionInput } from './sectionInput.ts';

/**
 * computeMatrixView words its labels ("(no role)", "2 informants / 5 excerpts") in the active language; the report's
 * is set around the call, which is synchronous, so nothing else runs while it is in force.
 */
const inLocale = <T>(locale: Locale, compute: () => T): T => {
  const before = getLocale();
  setLocale(locale);
  try {
    return compute();
  } finally {
    setLocale(before);
  }
};

const matrixTable = (facts: ReportFacts, display: Display): ReportTable => {
  const { words } = facts;
  const data = display.type === 'triangulation-overview'
    ? {
      ...facts.excerptData,
      verification: {
        conclusions: facts.conclusions.map((entry) => entry.conclusion), displays: facts.displays, memos: facts.memos,
        memberChecks: facts.memberChecks, rule: facts.rule,
      },
    }
    : facts.excerptData;
  const view = inLocale(words.locale, () => computeMatrixView(data, display));
  const rows = matrixViewTableRows(display, view, words.locale)
    .map((cells) => cells.map((cell) => (cell === null ? '' : typeof cell === 'number' ? words.number(cell) : cell)));
  // A clustered matrix's first row names the clusters over the column labels: fold it into the header.
  const clusters = view.columnGroups === null ? null : rows[0];
  const [labels = [], ...body] = clusters === null ? rows : rows.slice(1);
  const header = clusters === null
    ? labels
    : labels.map((label, index) => {
      const group = clusters.slice(0, index + 1).reverse().find((cell) => cell !== '') ?? '';
      return index === 0 || group === '' ? label : `${group} · ${label}`;
    });
  return { kind: 'table', caption: display.name, header, rows: body };
};

export const displaysBlocks = async ({ facts, figures, options }: SectionInput): Promise<ReportBlock[]> => {
  const chosen = facts.displays.filter((display) => display.includeInReport);
  if (chosen.length === 0) return [note(facts.words.text('report.displays.none'))];
  const model = options.sections.find((choice) => choice.id === 'model' && choice.included);
  const drawnInModel = model === undefined ? undefined : ecosystemDisplay(facts);
  const blocks: ReportBlock[] = [];
  for (const display of chosen) {
    blocks.push({ kind: 'heading', level: 2, text: display.name });
    if (display === drawnInModel) {
      const section = model?.title?.trim() || facts.words.text('report.section.model');
      blocks.push(note(facts.words.text('report.displays.inModel', { section })));
    } else {
      blocks.push(isNetworkDisplay(display) ? await networkFigure(facts, display, figures.next()) : matrixTable(facts, display));
    }
  }
  return blocks;
};
