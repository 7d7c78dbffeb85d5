// Helpers of the computed-display tests: a saved display of a type over the matrix fixture (matrixFixture.ts), with
// the type's defaults changed as a test asks, and the fixture with the extras some displays read (informant
// attributes, model roles, a second sub-code).
import { computeMatrixView, newDisplayDefinition, type MatrixData, type MatrixView } from '../../../../shared/analysis/index.ts';
import type { AttributeValue, Display, MatrixDisplayDefinition, MatrixDisplayType } from '../../../../shared/model/index.ts';
import { fixtureCoding, matrixData } from './matrixFixture.ts';

export const matrixDisplay = (type: MatrixDisplayType, changes: Partial<MatrixDisplayDefinition> = {}): Display => {
  const base = newDisplayDefinition(type);
  if (base.kind !== 'matrix') throw new Error(`${type} is not a matrix`);
  return {
    id: 'd1', projectId: 'p', name: 'A display', type, definition: { ...base, ...changes }, cellNotes: {}, includeInReport: false,
    createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z',
  };
};

export const computeView = (type: MatrixDisplayType, changes: Partial<MatrixDisplayDefinition> = {}, data: MatrixData = matrixData): MatrixView =>
  computeMatrixView(data, matrixDisplay(type, changes));

/** Row label → the cells' values, for readable expectations. */
export const values = (view: MatrixView): Record<string, (number | null)[]> =>
  Object.fromEntries(view.rows.map((row, index) => [row.label, view.cells[index].map((cell) => cell.value)]));

/** Row label → the cells' codings. */
export const codings = (view: MatrixView): Record<string, string[][]> =>
  Object.fromEntries(view.rows.map((row, index) => [row.label, view.cells[index].map((cell) => cell.codingIds)]));

/** Row label → each cell's detail. */
export const details = (view: MatrixView): Record<string, (string | null)[]> =>
  Object.fromEntries(view.rows.map((row, index) => [row.label, view.cells[index].map((cell) => cell.detail)]));

const date = (value: string): AttributeValue => ({ type: 'date', value });
const text = (value: string): AttributeValue => ({ type: 'text', value });

const attributesOf = new Map<string, Record<string, AttributeValue>>([
  ['dewi', { village: text('Den Haag'), joined: date('2019-05-01') }],
  ['budi', { village: text('Sentul'), joined: date('2021-03-01') }],
  ['harjo', { village: text('Sentul'), joined: date('2021-11-20') }],
  ['wulan', { village: text('Blitar') }],
]);

/**
 * The fixture with attributes (Dewi joined 2019 in Den Haag, Budi and Harjo in 2021 in Sentul, Wulan in Blitar with no
 * date), model roles on Networks ("entry point", which Learning inherits) and Collaboration ("value creator"), and a
 * second sub-code of Networks, Exhibitions, coded once in Harjo's field notes.
 */
export const richerData: MatrixData = {
  ...matrixData,
  informants: matrixData.informants.map((informant) => ({ ...informant, attributes: attributesOf.get(informant.id) ?? {} })),
  codes: [
    ...matrixData.codes.map((code) => ({ ...code, modelRole: code.id === 'net' ? 'entry point' : code.id === 'collab' ? 'value creator' : null })),
    { ...matrixData.codes[1], id: 'fairs', name: 'Exhibitions', order: 1 },
  ],
  codings: [...matrixData.codings, fixtureCoding('c9', 'fairs', 's2', 'Four carvers at work.')],
};
