// The ecosystem-model report's content (issue 11, point 1): a project snapshot and the report options in, a
// ReportDocument out — the sections chosen, in the order and under the titles chosen, in the report's language, and
// pseudonymised as a whole when asked. The researcher's writing is used as written; empty parts are said plainly.
// Async only because the figures are laid out by elkjs. The same snapshot and options give the same document.
import { pseudonymReplacer } from '../export/pseudonymList.ts';
import type { ProjectSnapshot } from '../projectFile/projectSnapshot.ts';
import { pseudonymiseDocument } from './pseudonymiseDocument.ts';
import type { ReportDocument, ReportSection, ReportSectionId } from './reportDocument.ts';
import { reportFacts } from './reportFacts.ts';
import { redrawFigure } from './reportFigure.ts';
import type { ReportOptions } from './reportOptions.ts';
import { appendicesBlocks } from './sections/appendicesSection.ts';
import { codeTreeBlocks } from './sections/codeTreeSection.ts';
import { contextBlocks } from './sections/contextSection.ts';
import { displaysBlocks } from './sections/displaysSection.ts';
import { findingsBlocks } from './sections/findingsSection.ts';
import { limitationsBlocks } from './sections/limitationsSection.ts';
import { methodBlocks } from './sections/methodSection.ts';
import { modelBlocks } from './sections/modelSection.ts';
import { questionsBlocks } from './sections/questionsSection.ts';
import { figureNumbering, type SectionBuilder } from './sections/sectionInput.ts';
import { titleBlocks } from './sections/titleSection.ts';
import { trustworthinessBlocks } from './sections/trustworthinessSection.ts';

const BUILDERS: Record<ReportSectionId, SectionBuilder> = {
  title: titleBlocks,
  questions: questionsBlocks,
  context: contextBlocks,
  method: methodBlocks,
  codeTree: codeTreeBlocks,
  findings: findingsBlocks,
  displays: displaysBlocks,
  model: modelBlocks,
  trustworthiness: trustworthinessBlocks,
  limitations: limitationsBlocks,
  appendices: appendicesBlocks,
};

export type ReportProgress = (done: number, total: number, sectionTitle: string) => void;

export const buildReportDocument = async (snapshot: ProjectSnapshot, options: ReportOptions, onProgress?: ReportProgress): Promise<ReportDocument> => {
  const facts = reportFacts(snapshot, options.language);
  const { words } = facts;
  const figures = figureNumbering();
  const chosen = options.sections.filter((choice) => choice.included);
  const sections: ReportSection[] = [];
  let titleBlocks: ReportDocument['titleBlocks'] = [];
  for (const [index, choice] of chosen.entries()) {
    const title = choice.title?.trim() || words.text(`report.section.${choice.id}`);
    onProgress?.(index, chosen.length, title);
    const blocks = await BUILDERS[choice.id]({ facts, options, figures });
    // The title section is the title page itself: its blocks go under the title, never under a heading of their own.
    if (choice.id === 'title') titleBlocks = blocks.filter((block) => block.kind !== 'figure');
    else sections.push({ id: choice.id, title, blocks });
  }
  onProgress?.(chosen.length, chosen.length, '');
  const document: ReportDocument = {
    language: options.language,
    title: facts.project.name,
    subtitle: words.text('report.subtitle'),
    dateLine: words.date(options.generatedAt.slice(0, 10)),
    generatedAt: options.generatedAt,
    titleBlocks,
    sections,
  };
  if (!options.pseudonymise) return document;
  return pseudonymiseDocument(document, pseudonymReplacer(facts.project, facts.informants), (figure) => redrawFigure(figure, options.language));
};
