// The definition a new display of each type starts from: the rows, cell content and options that make the type what
// Miles & Huberman describe (a role-ordered matrix orders roles and holds summaries, a checklist rates, an event
// listing lists excerpts by period), which the builder form then lets the researcher change.
import type { DisplayDefinition, DisplayType, MatrixDisplayDefinition } from '../model/index.ts';

const base: MatrixDisplayDefinition = {
  kind: 'matrix',
  rows: 'informant',
  cell: 'segments',
  codeIds: null,
  withSubCodes: false,
  filters: {},
  rowSort: { by: 'reading', direction: 'ascending' },
  columnSort: { by: 'reading', direction: 'ascending' },
  hideEmptyRows: false,
  hideEmptyColumns: false,
  heatShading: true,
};

export const newDisplayDefinition = (type: DisplayType): DisplayDefinition => {
  switch (type) {
    case 'network':
      return { kind: 'network', nodes: [], direction: 'right' };
    case 'case-by-code':
      return base;
    case 'role-ordered':
      return { ...base, rows: 'role', cell: 'summary', rowOrder: [], heatShading: false };
    case 'clustered':
      return { ...base, rows: 'role', clusterBy: { kind: 'model-role' } };
    case 'checklist':
      return { ...base, rows: 'role', cell: 'summary', checklistCodeId: null, heatShading: false };
    case 'time-ordered':
      return { ...base, rows: 'period', periods: { kind: 'year' }, dateAttribute: null };
    case 'event-listing':
      return { ...base, rows: 'period', cell: 'excerpts', periods: { kind: 'year' }, dateAttribute: null, heatShading: false };
    case 'triangulation':
      return { ...base, rows: 'source-kind', cell: 'informants', splitByRole: false };
    case 'cooccurrence':
      return { ...base, cooccurrence: { kind: 'overlap' } };
    case 'triangulation-overview':
      return { ...base, heatShading: false };
  }
};
