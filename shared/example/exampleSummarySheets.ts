// The example's two contact summary sheets (Miles & Huberman), one per interview with Pak Harjo and Bu Wulan: main
// themes linked to codes, what each contact taught on the project's research questions (by their order), other salient
// points and questions for the next contact. Rich text made from plain text, written by the example's coder.
import { codePathNames, indexCodes } from '../codebook/index.ts';
import { lexicalJsonFromPlainText } from '../model/memoContent.ts';
import { newId, type Code, type ContactSummary, type Id, type IsoInstant, type Project, type RichText, type Source } from '../model/index.ts';

type ExampleContactSummary = {
  sourceFile: string;
  mainThemes: string;
  themes: readonly (readonly string[])[];
  /** By the research question's position in the project (0 = the first). */
  answers: Readonly<Record<number, string>>;
  salientPoints: string;
  nextQuestions: string;
};

const EXAMPLE_CONTACT_SUMMARIES: readonly ExampleContactSummary[] = [
  {
    sourceFile: 'owner-interview-harjo.txt',
    mainThemes: 'Export through intermediaries; quality and design standards set by foreign buyers; dependence on them; little use of the association.',
    themes: [['Business networks', 'Exporters and intermediaries'], ['Global collaboration', 'Design innovation'], ['Global collaboration', 'Dependence on foreign partners'], ['Business associations', 'Limited export support']],
    answers: {
      0: 'The first exports went through a Surabaya trader and later an Ubud art shop: other people’s networks opened the markets.',
      1: 'Buyers taught drying, skins and rope and brought new designs; the price doubled, at the cost of dependence (2020).',
      3: 'Training on export documents helped; the exhibition did not pay for itself.',
    },
    salientPoints: 'The drums leave Sentul under the exporter’s label. Pak Harjo’s son handles the messages from abroad.',
    nextQuestions: 'How do the son’s direct contacts turn into orders? What would Pak Harjo need to ship by himself?',
  },
  {
    sourceFile: 'association-interview-wulan.vtt',
    mainThemes: 'One price towards exporters, training, shared booths; small makers feel the association helps the big owners.',
    themes: [['Business associations', 'Policy advocacy'], ['Business associations', 'Training'], ['Business associations', 'Exhibitions'], ['Business associations', 'Limited export support']],
    answers: {
      3: 'The association pools the cost of booths and training and arranges mentors, but reaches the small subcontractors poorly.',
      4: 'Shared booths bring buyers that the networks of single workshops did not: the Korean buyer, the Bali shops.',
    },
    salientPoints: 'Bu Wulan wants a shared drying shed and an English website for all of Sentul.',
    nextQuestions: 'Why do small makers stay out of the association? Does the Korean buyer still order?',
  },
];

const richText = (text: string): RichText => ({ content: lexicalJsonFromPlainText(text), plainText: text });

/** The example's contact summaries, for the sources by file name; throws naming a source or code that is missing. */
export const exampleSummarySheets = (
  project: Pick<Project, 'id' | 'researchQuestions'>, codes: readonly Code[], sourcesByFile: ReadonlyMap<string, Pick<Source, 'id' | 'date'>>,
  { coderId, at }: { coderId: Id; at: IsoInstant },
): ContactSummary[] => {
  const byId = indexCodes(codes);
  const byPath = new Map(codes.map((code) => [codePathNames(byId, code.id).join(' / '), code.id]));
  return EXAMPLE_CONTACT_SUMMARIES.map((summary) => {
    const source = sourcesByFile.get(summary.sourceFile);
    if (source === undefined) throw new Error(`Example summary sheet: no source ${summary.sourceFile}`);
    const themeCodeIds = summary.themes.map((path) => byPath.get(path.join(' / ')) ?? fail(`no code ${path.join(' / ')}`));
    const researchQuestions = Object.fromEntries(Object.entries(summary.answers).map(([index, text]) => [
      project.researchQuestions[Number(index)]?.id ?? fail(`no research question ${index}`), richText(text),
    ]));
    return {
      id: newId(), projectId: project.id, sourceId: source.id, kind: 'contact', date: source.date, authorId: coderId, createdAt: at, updatedAt: at,
      contactType: 'Interview', mainThemes: richText(summary.mainThemes), themeCodeIds, researchQuestions,
      salientPoints: richText(summary.salientPoints), nextQuestions: richText(summary.nextQuestions),
    };
  });
};

const fail = (what: string): never => {
  throw new Error(`Example summary sheet: ${what}`);
};
