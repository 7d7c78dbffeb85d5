// The research questions, in the project's order, as written; said plainly when none is recorded.
import type { ReportBlock } from '../reportDocument.ts';
import { note, type SectionInput } from './sectionInput.ts';

export const questionsBlocks = ({ facts }: SectionInput): ReportBlock[] => {
  const questions = facts.project.researchQuestions.map((question) => question.text.trim()).filter((text) => text !== '');
  return questions.length === 0 ? [note(facts.words.text('report.questions.none'))] : [{ kind: 'list', ordered: true, items: questions }];
};
