// What every section builder of the ecosystem-model report receives: the project's facts in the report's language,
// the options, and the figure numbering, which runs through the document in the order its sections are shown.
import type { ReportBlock } from '../reportDocument.ts';
import type { ReportFacts } from '../reportFacts.ts';
import type { ReportOptions } from '../reportOptions.ts';

export type FigureNumbering = { next: () => number };

export type SectionInput = { facts: ReportFacts; options: ReportOptions; figures: FigureNumbering };

export type SectionBuilder = (input: SectionInput) => ReportBlock[] | Promise<ReportBlock[]>;

export const figureNumbering = (): FigureNumbering => {
  let count = 0;
  return { next: () => (count += 1) };
};

/** A plain statement of something empty or automatic, set apart from prose. */
export const note = (text: string): ReportBlock => ({ kind: 'paragraph', text, style: 'note' });

export const paragraph = (text: string): ReportBlock => ({ kind: 'paragraph', text });

/** The paragraphs of a text the researcher wrote, split at blank lines (single line breaks kept inside). */
export const paragraphsOf = (text: string): ReportBlock[] =>
  text.split(/\n\s*\n/).map((part) => part.trim()).filter((part) => part !== '').map(paragraph);
