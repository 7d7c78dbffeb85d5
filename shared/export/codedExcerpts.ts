// Gathering coded excerpts with their context (code path, source, speaker, informant, role, kind, memo),
// for retrieval and for the coded-excerpt export. Only pseudonyms are used: real names never leave here.
import type { Code, Coding, Memo } from '../model/index.ts';
import type { Coder } from '../model/coder.ts';
import type { Id } from '../model/ids.ts';
import type { Informant } from '../model/informant.ts';
import type { Source, SourceKind, Turn } from '../model/source.ts';
import { codePath, descendantIds, flattenCodeTree, buildCodeTree, indexCodes } from '../codebook/codeTree.ts';

export type CodedExcerpt = {
  coding: Coding;
  codePath: string;
  text: string;
  sourceId: Id;
  sourceTitle: string;
  sourceKind: SourceKind;
  speaker: string | null;
  /** Pseudonyms of the informant(s) the excerpt is attributed to. */
  informants: string[];
  roles: string[];
  /** Display name of the coder who applied the code (empty when the coder is unknown). */
  coderName: string;
  memo: string;
};

export type ExcerptQuery = {
  codeIds: readonly Id[];
  /** Include codings of the codes' sub-codes (default true). */
  includeSubCodes?: boolean;
  roles?: readonly string[];
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

/** The turn whose range contains `offset` (turns sorted by start), by binary search. */
export const turnAt = (turns: readonly Turn[], offset: number): Turn | null => {
  let low = 0;
  let high = turns.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const turn = turns[middle];
    if (offset < turn.start) high = middle - 1;
    else if (offset >= turn.end) low = middle + 1;
    else return turn;
  }
  return null;
};

/**
 * Who said an excerpt's words. A linked speaker is the informant the user linked. An unlinked speaker in a source where
 * other speakers are linked (typically the interviewer) is one of the source's informants that no other speaker
 * stands for — often none, so an interviewer's question is not credited to the interviewee. Plain paragraphs, and
 * speakers of a source with no links at all, belong to the source's informants.
 */
const attribute = (source: Source, speaker: string | null, informantsById: ReadonlyMap<Id, Informant>): Informant[] => {
  const linked = speaker === null ? undefined : source.speakerLinks[speaker];
  let ids: readonly Id[] = source.informantIds;
  if (linked !== undefined) ids = [linked];
  else if (speaker !== null) {
    const standFor = new Set(Object.values(source.speakerLinks));
    ids = source.informantIds.filter((id) => !standFor.has(id));
  }
  return ids.flatMap((id) => informantsById.get(id) ?? []);
};

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

/** Excerpts for the query, in code-tree order, then source title, then position. */
export const collectCodedExcerpts = (data: ExcerptData, query: ExcerptQuery): CodedExcerpt[] => {
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
  const sortedTurns = new Map<Id, Turn[]>();
  const roleFilter = query.roles === undefined ? null : new Set(query.roles);
  const kindFilter = query.sourceKinds === undefined ? null : new Set(query.sourceKinds);
  const coderFilter = query.coders === undefined ? null : new Set(query.coders);

  const excerpts: CodedExcerpt[] = [];
  for (const coding of data.codings) {
    if (!wanted.has(coding.codeId)) continue;
    if (coderFilter !== null && !coderFilter.has(coding.coderId)) continue;
    const source = sourcesById.get(coding.sourceId);
    if (source === undefined) continue;
    if (kindFilter !== null && !kindFilter.has(source.kind)) continue;
    let turns = sortedTurns.get(source.id);
    if (turns === undefined) {
      turns = [...source.turns].sort((a, b) => a.start - b.start);
      sortedTurns.set(source.id, turns);
    }
    const speaker = turnAt(turns, coding.start)?.speaker ?? null;
    const people = attribute(source, speaker, informantsById);
    const roles = [...new Set(people.map((person) => person.role).filter((role) => role !== ''))];
    if (roleFilter !== null && !roles.some((role) => roleFilter.has(role))) continue;
    excerpts.push({
      coding,
      codePath: codePath(codesById, coding.codeId),
      text: source.text.slice(coding.start, coding.end),
      sourceId: source.id,
      sourceTitle: source.title,
      sourceKind: source.kind,
      speaker,
      informants: people.map((person) => person.pseudonym),
      roles,
      coderName: codersById.get(coding.coderId)?.name ?? '',
      memo: memoOfCoding.get(coding.id)?.plainText ?? '',
    });
  }
  return excerpts.sort(
    (a, b) =>
      (treeOrder.get(a.coding.codeId) ?? 0) - (treeOrder.get(b.coding.codeId) ?? 0) ||
      a.sourceTitle.localeCompare(b.sourceTitle) ||
      a.coding.start - b.coding.start ||
      a.coding.end - b.coding.end,
  );
};
