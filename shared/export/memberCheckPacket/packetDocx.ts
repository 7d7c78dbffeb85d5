// The member-check packet as a Word document (docx package): Word's own Title and Heading 1–3 styles, so the informant
// or the researcher can navigate and restyle it, a "Quote" paragraph style for the informant's words, tick boxes for
// the answers and a bordered box to write comments in. The document's language is the packet's, for spelling and
// hyphenation.
import {
  BorderStyle, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type IBorderOptions,
} from 'docx';
import type { PacketBlock } from './packetBlocks.ts';
import { packetBlocks } from './packetBlocks.ts';
import type { MemberCheckPacket } from './packetContent.ts';

const WORD_LANGUAGE = { en: 'en-GB', id: 'id-ID' } as const;
const BOX = '\u2610';
const MUTED = '595959';
const ACCENT = '1F3A5F';
const RULE: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: '9A9A9A' };

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** Text over several lines as runs with line breaks, since a run's own text cannot hold one. */
const linesAsRuns = (text: string): TextRun[] => text.split('\n').map((line, index) => new TextRun({ text: line, break: index === 0 ? 0 : 1 }));

const commentBox = (lines: number): Table => new Table({
  width: { size: 100, type: WidthType.PERCENTAGE },
  borders: { top: RULE, bottom: RULE, left: RULE, right: RULE, insideHorizontal: RULE, insideVertical: RULE },
  rows: [new TableRow({ children: [new TableCell({ children: Array.from({ length: lines }, () => new Paragraph({ style: 'AnswerLine' })) })] })],
});

const render = (block: PacketBlock): (Paragraph | Table)[] => {
  switch (block.kind) {
    case 'title':
      return [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(block.text)] })];
    case 'subtitle':
      return [new Paragraph({ style: 'Subtitle', children: [new TextRun(block.text)] })];
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[block.level], keepNext: true, children: [new TextRun(block.text)] })];
    case 'paragraph':
      return block.text.split(/\n{2,}/).map((part) => new Paragraph({ children: linesAsRuns(part) }));
    case 'bullet':
      return [new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: `${block.label}: `, bold: true }), new TextRun(block.text)] })];
    case 'quote':
      return block.text.split(/\n{2,}/).map((part) => new Paragraph({ style: 'Quote', children: linesAsRuns(part) }));
    case 'note':
      return [new Paragraph({ style: 'PacketNote', children: [new TextRun(block.text)] })];
    case 'choices':
      return [new Paragraph({
        keepNext: true,
        children: [new TextRun({ text: block.label, bold: true }), ...block.options.map((option) => new TextRun(`   ${BOX} ${option}`))],
      })];
    case 'answerSpace':
      return [new Paragraph({ keepNext: true, children: [new TextRun({ text: block.label, bold: true })] }), commentBox(block.lines)];
  }
};

export const memberCheckPacketDocx = async (packet: MemberCheckPacket): Promise<Uint8Array> => {
  const blocks = packetBlocks(packet);
  const title = blocks.find((block) => block.kind === 'title')?.text ?? '';
  const document = new Document({
    title: `${title}: ${packet.pseudonym}`,
    creator: 'Caseweave',
    styles: {
      default: {
        document: { run: { size: 22, language: { value: WORD_LANGUAGE[packet.language] } }, paragraph: { spacing: { after: 120, line: 276 } } },
        title: { run: { size: 40, bold: true, color: ACCENT }, paragraph: { spacing: { after: 60 } } },
        heading1: { run: { size: 30, bold: true, color: ACCENT }, paragraph: { spacing: { before: 360, after: 120 } } },
        heading2: { run: { size: 26, bold: true, color: ACCENT }, paragraph: { spacing: { before: 240, after: 60 } } },
        heading3: { run: { size: 22, bold: true }, paragraph: { spacing: { before: 200, after: 60 } } },
      },
      paragraphStyles: [
        { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { size: 26, color: MUTED } },
        {
          id: 'Quote', name: 'Quote', basedOn: 'Normal', next: 'Normal', quickFormat: true,
          run: { italics: true, color: '262626' },
          paragraph: { indent: { left: 567, right: 567 }, spacing: { before: 60, after: 120 }, border: { left: { style: BorderStyle.SINGLE, size: 18, color: 'B0B7C3', space: 8 } } },
        },
        { id: 'PacketNote', name: 'Packet note', basedOn: 'Normal', next: 'Normal', run: { size: 19, color: MUTED }, paragraph: { spacing: { after: 60 } } },
        { id: 'AnswerLine', name: 'Answer line', basedOn: 'Normal', next: 'Normal', paragraph: { spacing: { before: 120, after: 120 } } },
      ],
    },
    sections: [{ children: blocks.flatMap(render) }],
  });
  return Packer.pack(document, 'uint8array');
};
