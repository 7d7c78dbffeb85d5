// The member-check packet as a sequence of typed blocks in its language (title, headings, paragraphs, quotes, the
// answer choices and the space for comments): the one layout the DOCX and the PDF writers both render, so the two
// files always say the same thing.
import { formatNumber, pluralForm, t, type Locale, type MessageKey } from '../../i18n/translate.ts';
import type { MemberCheckResponse } from '../../model/index.ts';
import type { MemberCheckPacket } from './packetContent.ts';

export type PacketBlock =
  | { kind: 'title'; text: string }
  | { kind: 'subtitle'; text: string }
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'bullet'; label: string; text: string }
  | { kind: 'quote'; text: string }
  | { kind: 'note'; text: string }
  /** A tick box before each answer. */
  | { kind: 'choices'; label: string; options: string[] }
  /** Room to write in, as ruled lines. */
  | { kind: 'answerSpace'; label: string; lines: number };

/** The answers an informant can give, in the order the packet offers them ("none" is simply not answering). */
export const PACKET_RESPONSES = ['confirm', 'correct', 'elaborate', 'disagree', 'withdraw'] as const satisfies readonly MemberCheckResponse[];

const EXCERPT_ANSWER_LINES = 2;
const CONCLUSION_ANSWER_LINES = 4;

const answerBlocks = (locale: Locale, lines: number): PacketBlock[] => [
  { kind: 'choices', label: t('memberCheckPacket.answer.choose', undefined, locale), options: PACKET_RESPONSES.map((response) => t(`memberCheckPacket.response.${response}`, undefined, locale)) },
  { kind: 'answerSpace', label: t('memberCheckPacket.answer.comments', undefined, locale), lines },
];

export const packetBlocks = (packet: MemberCheckPacket): PacketBlock[] => {
  const locale = packet.language;
  const say = (key: MessageKey, params?: Record<string, string | number>): string => t(key, params, locale);
  const blocks: PacketBlock[] = [
    { kind: 'title', text: say('memberCheckPacket.title') },
    { kind: 'subtitle', text: say('memberCheckPacket.subtitle', { pseudonym: packet.pseudonym, project: packet.projectName }) },
    { kind: 'note', text: say('memberCheckPacket.prepared', { date: packet.preparedOn }) },
    { kind: 'paragraph', text: say('memberCheckPacket.intro.purpose') },
    { kind: 'paragraph', text: say('memberCheckPacket.intro.pseudonym', { pseudonym: packet.pseudonym }) },
    { kind: 'paragraph', text: say('memberCheckPacket.intro.howToAnswer') },
    ...PACKET_RESPONSES.map((response): PacketBlock => ({
      kind: 'bullet', label: say(`memberCheckPacket.response.${response}`), text: say(`memberCheckPacket.meaning.${response}`),
    })),
    { kind: 'paragraph', text: say('memberCheckPacket.intro.freedom') },
    { kind: 'heading', level: 1, text: say('memberCheckPacket.excerpts.heading') },
  ];
  if (packet.sources.length === 0) blocks.push({ kind: 'paragraph', text: say('memberCheckPacket.excerpts.none') });
  for (const source of packet.sources) {
    blocks.push(
      { kind: 'heading', level: 2, text: source.title },
      { kind: 'note', text: source.date === null ? say('memberCheckPacket.source.undated') : say('memberCheckPacket.source.dated', { date: source.date }) },
    );
    for (const excerpt of source.excerpts) {
      blocks.push(
        { kind: 'heading', level: 3, text: say('memberCheckPacket.excerpt.heading', { number: excerpt.number }) },
        { kind: 'quote', text: excerpt.quote },
        ...answerBlocks(locale, EXCERPT_ANSWER_LINES),
      );
    }
  }
  blocks.push({ kind: 'heading', level: 1, text: say('memberCheckPacket.conclusions.heading') });
  if (packet.conclusions.length === 0) blocks.push({ kind: 'paragraph', text: say('memberCheckPacket.conclusions.none') });
  for (const conclusion of packet.conclusions) {
    const numbers = conclusion.excerptNumbers.map((number) => formatNumber(number, locale)).join(', ');
    blocks.push(
      { kind: 'heading', level: 2, text: say('memberCheckPacket.conclusion.heading', { number: conclusion.number }) },
      { kind: 'paragraph', text: conclusion.statement },
      { kind: 'note', text: say('memberCheckPacket.conclusion.status', { status: say(`memberCheckPacket.status.${conclusion.status}`) }) },
      { kind: 'note', text: say(`memberCheckPacket.conclusion.basedOn.${pluralForm(conclusion.excerptNumbers.length, locale)}`, { numbers }) },
      ...answerBlocks(locale, CONCLUSION_ANSWER_LINES),
    );
  }
  blocks.push({ kind: 'paragraph', text: say('memberCheckPacket.closing') });
  return blocks;
};

/** The packet's file name, without extension, in its language. */
export const packetFileStem = (packet: Pick<MemberCheckPacket, 'pseudonym' | 'language'>): string =>
  t('memberCheckPacket.fileName', { pseudonym: packet.pseudonym }, packet.language).replace(/[\\/:*?"<>|]+/g, '_');
