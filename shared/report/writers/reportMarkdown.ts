// PLACEHOLDER — drop at merge: the real Markdown writer comes from its own branch.
import type { ReportDocument } from '../reportDocument.ts';

export const reportMarkdown = (document: ReportDocument): { markdown: string; figures: { name: string; svg: string }[] } => ({
  markdown: document.sections.map((section) => `# ${section.title}\n`).join('\n'),
  figures: document.sections.flatMap((section) => section.blocks.flatMap((block) => (block.kind === 'figure' ? [{ name: block.fileName, svg: block.svg }] : []))),
});
