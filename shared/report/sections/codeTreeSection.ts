// The code tree with its definitions: each code a heading at its depth with its colour swatch, its model role, and
// its definition as written (said plainly when it has none).
import type { ReportBlock } from '../reportDocument.ts';
import { note, paragraph, type SectionInput } from './sectionInput.ts';

const headingLevel = (depth: number): 2 | 3 | 4 => (depth <= 0 ? 2 : depth === 1 ? 3 : 4);

export const codeTreeBlocks = ({ facts }: SectionInput): ReportBlock[] => {
  const { words } = facts;
  if (facts.codeTree.length === 0) return [note(words.text('report.codeTree.none'))];
  return facts.codeTree.flatMap(({ code, depth }): ReportBlock[] => {
    const definition = code.definition.trim();
    return [
      { kind: 'heading', level: headingLevel(depth), text: code.name, color: code.color },
      ...(code.modelRole === null ? [] : [{ kind: 'facts' as const, items: [{ label: words.text('report.codeTree.modelRole'), value: code.modelRole }] }]),
      definition === '' ? note(words.text('report.codeTree.noDefinition')) : paragraph(definition),
    ];
  });
};
