// PLACEHOLDER — drop at merge: the real buildReportDocument comes from its own branch.
import type { ProjectSnapshot } from '../projectFile/projectSnapshot.ts';
import type { ReportDocument } from './reportDocument.ts';
import type { ReportOptions } from './reportOptions.ts';

export const buildReportDocument = async (
  snapshot: ProjectSnapshot,
  options: ReportOptions,
  onProgress?: (done: number, total: number, sectionTitle: string) => void,
): Promise<ReportDocument> => {
  const chosen = options.sections.filter((section) => section.included);
  const sections = chosen.map((section, index) => {
    onProgress?.(index + 1, chosen.length, section.title ?? section.id);
    return { id: section.id, title: section.title ?? section.id, blocks: [] };
  });
  return { language: options.language, title: snapshot.projectId, subtitle: '', dateLine: options.generatedAt.slice(0, 10), generatedAt: options.generatedAt, sections };
};
