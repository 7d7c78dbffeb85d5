// PLACEHOLDER — drop at merge: the real Markdown writer comes from its own branch. Just enough to compile and test the
// codebook against the agreed signature `reportMarkdown(doc): { markdown, figures }`.
import type { ReportDocument } from '../reportDocument.ts';

export const reportMarkdown = (doc: ReportDocument): { markdown: string; figures: { name: string; svg: string }[] } => ({
  markdown: [`# ${doc.title}`, ...doc.sections.map((section) => `## ${section.title}`)].join('\n\n'),
  figures: [],
});
