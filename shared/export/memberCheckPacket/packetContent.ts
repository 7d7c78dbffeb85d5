// What a member-check packet says (issue 10, point 4), before it becomes a DOCX or a PDF: for one informant, their own
// excerpts grouped by source (ownExcerpts.ts) and the conclusions whose supporting evidence uses those words, each
// with its status and the numbers of the informant's passages it draws on. Every text that goes out passes through
// the real-name replacer, so another informant's real name, and every other name of the project's pseudonym list
// (people and places), becomes its pseudonym; no other informant's quote is ever included, not even where it supports
// the same conclusion.
import {
  conclusionStatus, type Conclusion, type ConclusionStatus, type EvidenceItem, type Id, type Informant, type IsoDate, type Memo, type PseudonymEntry,
} from '../../model/index.ts';
import { formatDate, type Locale } from '../../i18n/translate.ts';
import { ownExcerpts, type PacketCoding, type PacketSource } from './ownExcerpts.ts';
import { realNameReplacer } from './replaceRealNames.ts';

export type MemberCheckPacketData = {
  projectName: string;
  informants: readonly Pick<Informant, 'id' | 'pseudonym' | 'realName'>[];
  sources: readonly PacketSource[];
  codings: readonly PacketCoding[];
  conclusions: readonly Pick<Conclusion, 'id' | 'statement' | 'statusHistory' | 'evidence'>[];
  /** Memos evidence may point at: a memo about a coding stands for that coding. */
  memos?: ReadonlyMap<Id, Pick<Memo, 'target'>>;
  /** The codings a display cell holds now (as for the evidence resolver); a cell without it adds nothing. */
  cellCodingIds?: (displayId: Id, cellKey: string) => readonly Id[] | undefined;
  /**
   * The project's pseudonym list in force (effectivePseudonymList: its own lines and the informants' real names); the
   * recipient's own real name is left as it is. Absent: the other informants' real names only.
   */
  pseudonyms?: readonly PseudonymEntry[];
};

export type PacketExcerpt = { number: number; quote: string };
export type PacketSourceGroup = { title: string; date: string | null; excerpts: PacketExcerpt[] };
export type PacketConclusion = { number: number; statement: string; status: ConclusionStatus; excerptNumbers: number[] };

export type MemberCheckPacket = {
  language: Locale;
  pseudonym: string;
  projectName: string;
  /** The day it was prepared, formatted in the packet's language. */
  preparedOn: string;
  sources: PacketSourceGroup[];
  conclusions: PacketConclusion[];
};

/** The codings a supporting item rests on; member-check responses are the informant's answers, not their data. */
const codingsOfItem = (item: EvidenceItem, data: MemberCheckPacketData): readonly Id[] => {
  const { target } = item;
  if (target.kind === 'coding') return [target.codingId];
  if (target.kind === 'cell') return data.cellCodingIds?.(target.displayId, target.cellKey) ?? [];
  if (target.kind === 'memo') {
    const memo = data.memos?.get(target.memoId);
    return memo?.target.kind === 'coding' ? [memo.target.id] : [];
  }
  return [];
};

/** The names the packet hides: the list in force (or the informants') but the recipient's own real name. */
const hiddenNames = (data: MemberCheckPacketData, recipient: Pick<Informant, 'id' | 'realName'>): { realName: string | null; pseudonym: string }[] => {
  if (data.pseudonyms === undefined) return data.informants.filter((other) => other.id !== recipient.id);
  const own = recipient.realName?.trim().toLocaleLowerCase() ?? '';
  return data.pseudonyms.filter((entry) => own === '' || entry.realName.trim().toLocaleLowerCase() !== own);
};

const byDateThenTitle = (a: PacketSource, b: PacketSource): number =>
  (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.title.localeCompare(b.title);

/**
 * The packet for one informant. Conclusions already rejected are left out: they are no longer claimed, so there is
 * nothing to ask the informant about.
 */
export const buildMemberCheckPacket = (
  data: MemberCheckPacketData, informantId: Id, language: Locale, preparedOn: IsoDate,
): MemberCheckPacket => {
  const informant = data.informants.find((candidate) => candidate.id === informantId);
  if (informant === undefined) throw new Error(`No informant ${informantId} in the project`);
  const hide = realNameReplacer(hiddenNames(data, informant));
  const sources = [...data.sources].sort(byDateThenTitle);
  const excerpts = ownExcerpts(informantId, sources, data.codings, language);
  const numberOfCoding = new Map<Id, number>();
  excerpts.forEach((excerpt, index) => excerpt.codingIds.forEach((codingId) => numberOfCoding.set(codingId, index + 1)));

  const groups: PacketSourceGroup[] = [];
  excerpts.forEach((excerpt, index) => {
    const source = sources.find((candidate) => candidate.id === excerpt.sourceId);
    if (source === undefined) return;
    const title = hide(source.title);
    let group = groups[groups.length - 1];
    if (group === undefined || excerpts[index - 1]?.sourceId !== excerpt.sourceId) {
      group = { title, date: source.date === null ? null : formatDate(source.date, language), excerpts: [] };
      groups.push(group);
    }
    group.excerpts.push({ number: index + 1, quote: hide(excerpt.quote) });
  });

  const conclusions = data.conclusions.flatMap((conclusion) => {
    const status = conclusionStatus(conclusion);
    if (status === 'rejected') return [];
    const numbers = new Set(conclusion.evidence
      .filter((item) => item.stance === 'supporting')
      .flatMap((item) => codingsOfItem(item, data))
      .flatMap((codingId) => numberOfCoding.get(codingId) ?? []));
    if (numbers.size === 0) return [];
    return [{ statement: hide(conclusion.statement.plainText.trim()), status, excerptNumbers: [...numbers].sort((a, b) => a - b) }];
  }).map((conclusion, index) => ({ number: index + 1, ...conclusion }));

  return {
    language, pseudonym: informant.pseudonym, projectName: hide(data.projectName), preparedOn: formatDate(preparedOn, language),
    sources: groups, conclusions,
  };
};
