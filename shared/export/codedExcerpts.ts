// Gathering coded excerpts with their context (code path, source, speakers, informants, roles, kind, paragraphs,
// timestamp, memo), for retrieval and for the coded-excerpt export. Who an excerpt belongs to follows the one
// attribution rule (shared/analysis/attribution.ts). Only pseudonyms are used: real names never leave here.
import type { Code, Coding, Memo } from '../model/index.ts';
import type { Coder } from '../model/coder.ts';
import type { Id } from '../model/ids.ts';
import type { Informant } from '../model/informant.ts';
import type { Source, SourceKind } from '../model/source.ts';
import { attributeRange, prepareAttribution, type SourceAttribution } from '../analysis/attribution.ts';
import { locateRange, timestampsInForce, type ParagraphSpan } from '../analysis/excerptLocation.ts';
import { codePath, descendantIds, flattenCodeTree, buildCodeTree, indexCodes } from '../codebook/codeTree.ts';
import { getLocale, type Locale } from '../i18n/translate.ts';
import { excerptQuote } from './excerptQuote.ts';

/** An informant as an excerpt names them: pseudonym and role, never the real name. */
export type ExcerptInformant = Pick<Informant, 'id' | 'pseudonym' | 'role'>;

export type CodedExcerpt = {
  coding: Coding;
  codePath: string;
  /** The coded text; across a change of speaker each part is labelled ("Interviewer: … / Dewi: …", see excerptQuote). */
  text: string;
  sourceId: Id;
  sourceTitle: string;
  sourceKind: SourceKind;
  /** Speakers of the turns the excerpt touches, in text order. */
  speakers: string[];
  /** The informants it belongs to under the attribution rule, in text order. */
  informants: ExcerptInformant[];
  /** Their roles, each once ("" roles left out). */
  roles: string[];
  /** The paragraph numbers it spans (the transcript margin's), null only for text outside every block. */
  paragraphs: ParagraphSpan | null;
  /** The source's timestamp in force where it starts ("00:14:05"), null when the source has none. */
  timestamp: string | null;
  /** Display name of the coder who applied the code (empty when the coder is unknown). */
  coderName: string;
  memo: string;
};

export type ExcerptQuery = {
  codeIds: readonly Id[];
  /** Include codings of the codes' sub-codes (default true). */
  includeSubCodes?: boolean;
  roles?: readonly string[];
  /** Informant ids: excerpts belonging to any of them ("" for excerpts that belong to no informant). */
  informants?: readonly Id[];
  sourceKinds?: readonly SourceKind[];
  /** Coder ids. */
  coders?: readonly Id[];
};

export type ExcerptData = {
  codes: readonly Code[];
  codings: readonly Coding[];
  sources: readonly Source[];
  informants: readonly Informant[];
  /** Memos about the codings (others are ignored); the newest about a coding is its memo. */
  memos: readonly Memo[];
  coders: readonly Coder[];
};

/** What each source's excerpts need, worked out once per source: its blocks, links and timestamps. */
type PreparedSource = { source: Source; attribution: SourceAttribution; timestamps: (string | null)[] };

/** The memo of each coding: the newest memo whose target is the coding. */
const newestMemoByCoding = (memos: readonly Memo[]): Map<Id, Memo> => {
  const newest = new Map<Id, Memo>();
  for (const memo of memos) {
    if (memo.target.kind !== 'coding') continue;
    const known = newest.get(memo.target.id);
    if (known === undefined || memo.updatedAt > known.updatedAt) newest.set(memo.target.id, memo);
  }
  return newest;
};

const anyOf = <T>(wanted: readonly T[] | undefined): Set<T> | null => (wanted === undefined || wanted.length === 0 ? null : new Set(wanted));

/**
 * The filter of a retrieval, for the query below and the screen's in-memory filters alike. A missing or empty list lets
 * everything through; "" among roles stands for excerpts with no role, "" among informants for excerpts of no informant.
 */
export const excerptFilter = (query: Omit<ExcerptQuery, 'codeIds' | 'includeSubCodes'>): ((excerpt: CodedExcerpt) => boolean) => {
  const roles = anyOf(query.roles);
  const informants = anyOf(query.informants);
  const kinds = anyOf(query.sourceKinds);
  const coders = anyOf(query.coders);
  return (excerpt) =>
    (kinds === null || kinds.has(excerpt.sourceKind)) &&
    (coders === null || coders.has(excerpt.coding.coderId)) &&
    (informants === null || (excerpt.informants.length === 0 ? informants.has('') : excerpt.informants.some((person) => informants.has(person.id)))) &&
    (roles === null || (excerpt.roles.length === 0 ? roles.has('') : excerpt.roles.some((role) => roles.has(role))));
};

/** Excerpts for the query, in code-tree order, then source title, then position. */
export const collectCodedExcerpts = (data: ExcerptData, query: ExcerptQuery, locale: Locale = getLocale()): CodedExcerpt[] => {
  const codesById = indexCodes(data.codes);
  const wanted = new Set<Id>();
  for (const codeId of query.codeIds) {
    if (!codesById.has(codeId)) continue;
    wanted.add(codeId);
    if (query.includeSubCodes !== false) for (const id of descendantIds(data.codes, codeId)) wanted.add(id);
  }
  const treeOrder = new Map(flattenCodeTree(buildCodeTree(data.codes, [])).map((node, index) => [node.code.id, index]));
  const sourcesById = new Map(data.sources.map((source) => [source.id, source]));
  const informantsById = new Map(data.informants.map((informant) => [informant.id, informant]));
  const memoOfCoding = newestMemoByCoding(data.memos);
  const codersById = new Map(data.coders.map((coder) => [coder.id, coder]));
  const prepared = new Map<Id, PreparedSource>();
  const prepare = (source: Source): PreparedSource => {
    let entry = prepared.get(source.id);
    if (entry === undefined) {
      const attribution = prepareAttribution(source);
      entry = { source, attribution, timestamps: timestampsInForce(attribution.blocks) };
      prepared.set(source.id, entry);
    }
    return entry;
  };
  const passes = excerptFilter(query);

  const excerpts: CodedExcerpt[] = [];
  for (const coding of data.codings) {
    if (!wanted.has(coding.codeId)) continue;
    const found = sourcesById.get(coding.sourceId);
    if (found === undefined) continue;
    const { source, attribution, timestamps } = prepare(found);
    const { blocks } = attribution;
    const { speakers, informantIds } = attributeRange(attribution, coding.start, coding.end);
    const informants = informantIds.flatMap((id) => {
      const person = informantsById.get(id);
      return person === undefined ? [] : [{ id: person.id, pseudonym: person.pseudonym, role: person.role }];
    });
    const excerpt: CodedExcerpt = {
      coding,
      codePath: codePath(codesById, coding.codeId),
      text: excerptQuote(source.text, blocks, coding.start, coding.end, locale),
      sourceId: source.id,
      sourceTitle: source.title,
      sourceKind: source.kind,
      speakers,
      informants,
      roles: [...new Set(informants.map((person) => person.role).filter((role) => role !== ''))],
      ...locateRange(blocks, timestamps, coding.start, coding.end),
      coderName: codersById.get(coding.coderId)?.name ?? '',
      memo: memoOfCoding.get(coding.id)?.plainText ?? '',
    };
    if (passes(excerpt)) excerpts.push(excerpt);
  }
  return excerpts.sort(
    (a, b) =>
      (treeOrder.get(a.coding.codeId) ?? 0) - (treeOrder.get(b.coding.codeId) ?? 0) ||
      a.sourceTitle.localeCompare(b.sourceTitle) ||
      a.coding.start - b.coding.start ||
      a.coding.end - b.coding.end,
  );
};
