// What a member-check packet can be asked for in: its file formats, and the language it is offered in — that of the
// informant's latest member check, since that is the language they are written to; without one, the caller's
// default. A check not sent yet counts as the latest (it is the one a packet is being prepared for), then the one sent
// last, then the one recorded last.
import type { Locale } from '../../i18n/translate.ts';
import type { Id, IsoDate, MemberCheck } from '../../model/index.ts';

export type PacketFormat = 'docx' | 'pdf';
export const PACKET_FORMATS: readonly PacketFormat[] = ['docx', 'pdf'];

export const packetLanguage = (
  checks: readonly Pick<MemberCheck, 'informantId' | 'sentOn' | 'createdAt' | 'language'>[], informantId: Id, fallback: Locale,
): Locale => {
  const theirs = checks.filter((check) => check.informantId === informantId);
  const latest = theirs.reduce<(typeof theirs)[number] | undefined>((best, check) => {
    if (best === undefined) return check;
    const key = (candidate: typeof check) => `${candidate.sentOn ?? '9999-12-31'}|${candidate.createdAt}`;
    return key(check) > key(best) ? check : best;
  }, undefined);
  return latest?.language ?? fallback;
};

/** The day a packet is prepared on: the local calendar day, as the researcher's own calendar shows it. */
export const packetDate = (now: Date): IsoDate =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
