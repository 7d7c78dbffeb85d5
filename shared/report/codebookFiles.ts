// The codebook's files in the format asked for: Word, Markdown or HTML, each laid out by the report writer every
// report shares (shared/report/writers/). The writers load only when asked for. Markdown's figure files (the
// codebook has none today) come back as extra files to write beside it.
import { t } from '../i18n/translate.ts';
import type { ReportDocument, ReportFiles } from './reportDocument.ts';

export const CODEBOOK_FORMATS = ['docx', 'md', 'html'] as const;
export type CodebookFormat = (typeof CODEBOOK_FORMATS)[number];

/** The codebook draws no figures, so a writer that asks to rasterise one meets a bug, not a user's choice. */
const noFigures = (): Promise<Uint8Array> => Promise.reject(new Error('The codebook has no figures to rasterise'));

export const codebookFiles = async (document: ReportDocument, format: CodebookFormat): Promise<ReportFiles> => {
  switch (format) {
    case 'docx':
      return { main: await (await import('./writers/reportDocx.ts')).reportDocx(document, noFigures), extra: [] };
    case 'md': {
      const { markdown, figures } = (await import('./writers/reportMarkdown.ts')).reportMarkdown(document);
      return { main: new TextEncoder().encode(markdown), extra: figures.map((figure) => ({ name: figure.name, bytes: new TextEncoder().encode(figure.svg) })) };
    }
    case 'html':
      return { main: new TextEncoder().encode((await import('./writers/reportHtml.ts')).reportHtml(document)), extra: [] };
  }
};

/** The name a saved codebook is offered under: "Project – codebook.docx", in the codebook's language. */
export const codebookFileName = (document: Pick<ReportDocument, 'title' | 'language'>, format: CodebookFormat): string =>
  `${t('codebookExport.fileStem', { project: document.title }, document.language).replace(/[\\/:*?"<>|]+/g, '_')}.${format}`;
