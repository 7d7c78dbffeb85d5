// What the analyses and exports read of a project snapshot: sources with their text, the matrix builders' data, the
// excerpt retrieval's data and the codings a saved display's cell holds. One place for the CLI, the report and the
// codebook, so each reads a project file the same way.
import { cellCodingLookup } from '../analysis/cellCodings.ts';
import type { MatrixData } from '../analysis/matrixTypes.ts';
import type { ExcerptData } from '../export/codedExcerpts.ts';
import type { Display, Source } from '../model/index.ts';
import { snapshotRows, type ProjectSnapshot } from './projectSnapshot.ts';

/** The snapshot's sources with their text (the file keeps texts in a table of their own). */
export const sourcesWithText = (snapshot: ProjectSnapshot): Source[] => {
  const texts = new Map(snapshotRows(snapshot, 'sourceTexts').map((row) => [row.sourceId, row.text]));
  return snapshotRows(snapshot, 'sources').map(({ wordCount: _wordCount, ...source }) => ({ ...source, text: texts.get(source.id) ?? '' }));
};

/** What the matrix builders read of a project file. */
export const matrixDataOf = (snapshot: ProjectSnapshot): MatrixData => ({
  informants: snapshotRows(snapshot, 'informants'),
  sources: sourcesWithText(snapshot),
  codes: snapshotRows(snapshot, 'codes'),
  codings: snapshotRows(snapshot, 'codings'),
});

/** What the excerpt retrieval (and the matrix exports' excerpts) read of a project file. */
export const excerptData = (snapshot: ProjectSnapshot): ExcerptData => ({
  codes: snapshotRows(snapshot, 'codes'),
  codings: snapshotRows(snapshot, 'codings'),
  sources: sourcesWithText(snapshot),
  informants: snapshotRows(snapshot, 'informants'),
  memos: snapshotRows(snapshot, 'memos'),
  coders: snapshotRows(snapshot, 'coders'),
});

/** The codings a saved display's cell holds now, over the project file's displays. */
export const snapshotCellCodings = (snapshot: ProjectSnapshot, data: MatrixData): ReturnType<typeof cellCodingLookup> =>
  cellCodingLookup(data, new Map<string, Display>(snapshotRows(snapshot, 'displays').map((display) => [display.id, display])));
