// The matrix fixtures (test/unit/shared/analysis/) as the exports read a project: full sources, no memos, and the two
// coders the fixtures' codings name (r1 Ayu, r2 Bayu).
import type { MatrixData } from '../../../../shared/analysis/index.ts';
import type { ExcerptData } from '../../../../shared/export/index.ts';
import type { Source } from '../../../../shared/model/index.ts';

const AT = '2024-01-01T00:00:00.000Z';

export const asExcerptData = (data: MatrixData): ExcerptData => ({
  ...data,
  sources: data.sources.map((source): Source => ({
    ...source, projectId: 'p', language: 'en', format: 'txt', originalFileName: '', sha256: '', byteSize: 0, importedAt: AT, updatedAt: AT,
  })),
  memos: [],
  coders: [{ id: 'r1', name: 'Ayu', initials: 'A', createdAt: AT, updatedAt: AT }, { id: 'r2', name: 'Bayu', initials: 'B', createdAt: AT, updatedAt: AT }],
});
