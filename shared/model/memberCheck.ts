// Member checks: what was returned to an informant (a transcript, a summary, chosen excerpts, conclusions), how and
// when, what they answered item by item, their own words (which can become a source to code), and what changed in
// the analysis because of it — a linked transcript correction, a conclusion's status or wording, or nothing, with
// the reason it was kept.
import type { Id, IsoDate, IsoInstant } from './ids.ts';

export type MemberCheckMode = 'in-person' | 'phone' | 'whatsapp' | 'email' | 'post' | 'group';
export const MEMBER_CHECK_MODES: readonly MemberCheckMode[] = ['in-person', 'phone', 'whatsapp', 'email', 'post', 'group'];

/** The language the material was returned in; a packet is written in it. */
export type MemberCheckLanguage = 'en' | 'id';
export const MEMBER_CHECK_LANGUAGES: readonly MemberCheckLanguage[] = ['en', 'id'];

/** The informant's answer to one returned item; `none` while (or when) they did not answer it. */
export type MemberCheckResponse = 'confirm' | 'correct' | 'elaborate' | 'disagree' | 'withdraw' | 'none';
export const MEMBER_CHECK_RESPONSES: readonly MemberCheckResponse[] = ['confirm', 'correct', 'elaborate', 'disagree', 'withdraw', 'none'];

/** What was returned. */
export type MemberCheckItemTarget =
  | { kind: 'transcript'; sourceId: Id }
  | { kind: 'summary'; summarySheetId: Id }
  | { kind: 'excerpts'; codingIds: Id[] }
  | { kind: 'conclusions'; conclusionIds: Id[] };

/**
 * What changed because of an answer. A transcript correction is the correction made through correction mode, named
 * by its source and the instant of its audit event; a conclusion's status or wording change names the conclusion;
 * "kept" says why nothing changed.
 */
export type MemberCheckOutcome =
  | { kind: 'transcript-correction'; sourceId: Id; correctedAt: IsoInstant; note: string }
  | { kind: 'conclusion-status'; conclusionId: Id; note: string }
  | { kind: 'conclusion-wording'; conclusionId: Id; note: string }
  | { kind: 'kept'; reason: string };

export type MemberCheckItem = {
  id: Id;
  target: MemberCheckItemTarget;
  response: MemberCheckResponse;
  /** The researcher's note of what the informant said about this item. */
  comment: string;
  outcomes: MemberCheckOutcome[];
};

export type MemberCheck = {
  id: Id;
  projectId: Id;
  informantId: Id;
  sentOn: IsoDate | null;
  answeredOn: IsoDate | null;
  mode: MemberCheckMode;
  language: MemberCheckLanguage;
  items: MemberCheckItem[];
  /** The informant's own words in answer (a letter, a WhatsApp reply, notes of the conversation), as given. */
  words: string;
  /** The source their words were imported as, so they can be coded; null until imported. */
  wordsSourceId: Id | null;
  createdAt: IsoInstant;
  updatedAt: IsoInstant;
};

/** An item counts as answered when the informant gave a response other than none. */
export const isAnswered = (item: Pick<MemberCheckItem, 'response'>): boolean => item.response !== 'none';
