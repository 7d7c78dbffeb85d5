// PLACEHOLDER — drop at merge: the real HTML writer comes from its own branch. Just enough to compile and test the
// codebook against the agreed signature `reportHtml(doc): string`.
import type { ReportDocument } from '../reportDocument.ts';

export const reportHtml = (doc: ReportDocument): string =>
  `<!doctype html><html lang="${doc.language}"><body><h1>${doc.title}</h1>${doc.sections.map((section) => `<h2>${section.title}</h2>`).join('')}</body></html>`;
