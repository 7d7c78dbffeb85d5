// Codes the example adds to the default template's tree: the association's market information, one of the five kinds
// of association support its checklist matrix rates (training, mentoring, exhibitions, market information, advocacy).
import { newCodeColor } from '../codebook/codeColors.ts';
import { codePathNames, indexCodes } from '../codebook/index.ts';
import { newId, type Code, type Id, type IsoInstant } from '../model/index.ts';

type ExampleCode = Pick<Code, 'name' | 'definition' | 'inclusionCriteria' | 'exclusionCriteria' | 'example'> & { parentPath: readonly string[] };

const EXAMPLE_CODES: readonly ExampleCode[] = [
  {
    parentPath: ['Business associations'],
    name: 'Market information',
    definition: 'What an association learns about buyers and markets and passes on to its members: demands, prices, standards, certificates.',
    inclusionCriteria: 'Reports, meetings or messages in which the association shares what buyers want or ask about.',
    exclusionCriteria: 'Market information from diaspora actors (Diaspora / Market information) or from trading partners (Business networks / Market information).',
    example: '"At the meeting the chair told us which sizes the Korean buyer wants next season."',
  },
];

/** The example's own codes for the template's `codes` of `projectId`, each last among its siblings; throws when a parent is missing. */
export const exampleExtraCodes = (codes: readonly Code[], projectId: Id, at: IsoInstant): Code[] => {
  const byId = indexCodes(codes);
  const byPath = new Map(codes.map((code) => [codePathNames(byId, code.id).join('\u0000'), code]));
  const all: Code[] = [...codes];
  return EXAMPLE_CODES.map(({ parentPath, ...fields }) => {
    const parent = byPath.get(parentPath.join('\u0000'));
    if (parent === undefined) throw new Error(`Example code: no parent ${parentPath.join(' / ')} in the default template`);
    const code: Code = {
      ...fields, id: newId(), projectId, parentId: parent.id, order: all.filter((sibling) => sibling.parentId === parent.id).length,
      color: newCodeColor(all, parent.id), modelRole: null, status: 'draft', createdAt: at, updatedAt: at,
    };
    all.push(code);
    return code;
  });
};
