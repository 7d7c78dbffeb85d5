// PLACEHOLDER — drop at merge: the real HTML writer comes from its own branch.
import type { ReportDocument } from '../reportDocument.ts';

export const reportHtml = (document: ReportDocument): string =>
  `<!doctype html><html lang="${document.language}"><head><meta charset="utf-8"><title>${document.title}</title></head><body>${document.sections.map((section) => `<h1>${section.title}</h1>`).join('')}</body></html>`;
