// The excerpts behind a matrix cell as the excerpts panel and the exports show them: source, speakers, informants
// (pseudonyms) and their roles under the one attribution rule, code path and quote. Works from the same MatrixData the
// display was computed from; the lookups are built once per loaded data, so a 1,000-excerpt cell opens at once.
import { attributeRange, prepareAttribution, type SourceAttribution } from '../../../../shared/analysis/attribution.ts';
import type { MatrixData, MatrixSource } from '../../../../shared/analysis/matrixTypes.ts';
import { codePath, indexCodes } from '../../../../shared/codebook/codeTree.ts';
import { excerptQuote } from '../../../../shared/export/excerptQuote.ts';
import type { Coding, Id, SourceKind } from '../../../../shared/model/index.ts';

export type CellExcerpt = {
  coding: Coding;
  sourceId: Id;
  sourceTitle: string;
  sourceKind: SourceKind;
  codePath: string;
  speakers: string[];
  informants: { id: Id; pseudonym: string; role: string }[];
  roles: string[];
  quote: string;
};

type Lookups = {
  codings: Map<Id, Coding>;
  sources: Map<Id, MatrixSource>;
  attributions: Map<Id, SourceAttribution>;
  informants: Map<Id, { id: Id; pseudonym: string; role: string }>;
  codePaths: Map<Id, string>;
};

const lookupsOf = new WeakMap<MatrixData, Lookups>();

const lookups = (data: MatrixData): Lookups => {
  let found = lookupsOf.get(data);
  if (found === undefined) {
    const codesById = indexCodes(data.codes);
    found = {
      codings: new Map(data.codings.map((coding) => [coding.id, coding])),
      sources: new Map(data.sources.map((source) => [source.id, source])),
      attributions: new Map(),
      informants: new Map(data.informants.map((person) => [person.id, { id: person.id, pseudonym: person.pseudonym, role: person.role }])),
      codePaths: new Map(data.codes.map((code) => [code.id, codePath(codesById, code.id)])),
    };
    lookupsOf.set(data, found);
  }
  return found;
};

/** The excerpt of each coding still in the data, in the order given; codings since deleted are left out. */
export const cellExcerpts = (data: MatrixData, codingIds: readonly Id[]): CellExcerpt[] => {
  const known = lookups(data);
  const excerpts: CellExcerpt[] = [];
  for (const id of codingIds) {
    const coding = known.codings.get(id);
    const source = coding === undefined ? undefined : known.sources.get(coding.sourceId);
    if (coding === undefined || source === undefined) continue;
    let attribution = known.attributions.get(source.id);
    if (attribution === undefined) {
      attribution = prepareAttribution(source);
      known.attributions.set(source.id, attribution);
    }
    const { speakers, informantIds } = attributeRange(attribution, coding.start, coding.end);
    const informants = informantIds.flatMap((informantId) => known.informants.get(informantId) ?? []);
    excerpts.push({
      coding,
      sourceId: source.id,
      sourceTitle: source.title,
      sourceKind: source.kind,
      codePath: known.codePaths.get(coding.codeId) ?? '',
      speakers,
      informants,
      roles: [...new Set(informants.map((person) => person.role).filter((role) => role !== ''))],
      quote: excerptQuote(source.text, attribution.blocks, coding.start, coding.end),
    });
  }
  return excerpts;
};
