// Import keeps text exactly as decoded: a file written in NFD (e + U+0301) comes in with the same code points, and
// emoji sequences, flags and skin tones untouched — for txt, md, vtt, srt, docx (the docx package and hand-zipped
// WordprocessingML) and odt. Only line endings change (CRLF/CR → LF).
import { Document, Packer, Paragraph, TextRun } from 'docx';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../../shared/import/importFile.ts';
import type { ImportedSource } from '../../../../shared/import/importTypes.ts';
import { makeDocx } from '../../../support/makeDocx.ts';
import { makeOdt } from '../../../support/makeOdt.ts';

const importOk = async (fileName: string, bytes: Uint8Array): Promise<ImportedSource> => {
  const outcome = await importFile({ fileName, bytes });
  if (!outcome.ok) throw new Error(outcome.failure.message);
  return outcome.source;
};

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

const codePoints = (text: string): number[] => Array.from(text, (char) => char.codePointAt(0) ?? -1);

/** Paragraphs in NFD with clusters of every kind; none is the same once NFC-normalised. */
const PARAGRAPHS = [
  'Pak Harjo bilang kendang itu cafe\u0301 sekali, re\u0301sume\u0301 dibuat.',
  'Keluarga 👩\u200d👩\u200d👧 datang dari 🇮🇩 dan melambai 👋🏽.',
  'Ada juga huruf a\u0300\u0323 dan n\u0303 di catatan.',
];

const expectKept = (text: string, paragraphs: readonly string[]): void => {
  for (const paragraph of paragraphs) expect(text).toContain(paragraph);
  expect(text).not.toBe(text.normalize('NFC'));
  expect(text).not.toContain('\u00e9');
};

describe('import keeps decoded text', () => {
  it('txt: the text is the file, code point for code point, and encodes back to the same bytes', async () => {
    const content = PARAGRAPHS.join('\n\n');
    const source = await importOk('catatan.txt', utf8(content));
    expect(codePoints(source.text)).toEqual(codePoints(content));
    expect(utf8(source.text)).toEqual(utf8(content));
  });

  it('txt: CRLF becomes LF and nothing else changes', async () => {
    const source = await importOk('catatan.txt', utf8(PARAGRAPHS.join('\r\n\r\n')));
    expect(source.text).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('txt in UTF-16 with a BOM keeps the decomposed letters too', async () => {
    const content = PARAGRAPHS.join('\n\n');
    const bytes = new Uint8Array(2 + content.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let index = 0; index < content.length; index += 1) {
      bytes[2 + index * 2] = content.charCodeAt(index) & 0xff;
      bytes[3 + index * 2] = content.charCodeAt(index) >> 8;
    }
    expect((await importOk('catatan.txt', bytes)).text).toBe(content);
  });

  it('md: the paragraphs and the heading keep their code points', async () => {
    const source = await importOk('catatan.md', utf8(`# Catatan cafe\u0301\n\n${PARAGRAPHS.join('\n\n')}\n`));
    expectKept(source.text, ['Catatan cafe\u0301', ...PARAGRAPHS]);
    expect(source.title).toBe('Catatan cafe\u0301');
  });

  it('vtt: cue text keeps its code points', async () => {
    const cues = PARAGRAPHS.map((line, index) => `00:00:0${index}.000 --> 00:00:0${index}.900\n<v Harjo>${line}`).join('\n\n');
    expectKept((await importOk('rekaman.vtt', utf8(`WEBVTT\n\n${cues}\n`))).text, PARAGRAPHS);
  });

  it('srt: cue text keeps its code points', async () => {
    const cues = PARAGRAPHS.map((line, index) => `${index + 1}\n00:00:0${index},000 --> 00:00:0${index},900\n${line}`).join('\n\n');
    expectKept((await importOk('rekaman.srt', utf8(`${cues}\n`))).text, PARAGRAPHS);
  });

  it('docx written by the docx package keeps its code points', async () => {
    const document = new Document({ sections: [{ children: PARAGRAPHS.map((line) => new Paragraph({ children: [new TextRun(line)] })) }] });
    const bytes = new Uint8Array(await Packer.toBuffer(document));
    expectKept((await importOk('wawancara.docx', bytes)).text, PARAGRAPHS);
  });

  it('docx zipped by hand and odt keep their code points', async () => {
    expectKept((await importOk('wawancara.docx', makeDocx({ body: [...PARAGRAPHS] }))).text, PARAGRAPHS);
    expectKept((await importOk('wawancara.odt', makeOdt(PARAGRAPHS.map((paragraph) => ({ paragraph }))))).text, PARAGRAPHS);
  });
});

/** Words of clusters (no spaces, colons or markup inside), so no importer reads a speaker label or a heading. */
const word = fc
  .array(fc.constantFrom('kendang', 'jimbe', 'Sentul', 'cafe\u0301', 're\u0301sume\u0301', 'a\u0300\u0323', 'n\u0303', '🥁', '👩\u200d👩\u200d👧', '🇮🇩', '👋🏽', 'e\u0301', 'x'), {
    minLength: 1, maxLength: 3,
  })
  .map((pieces) => pieces.join(''));
const paragraph = fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => words.join(' '));
const paragraphs = fc.array(paragraph, { minLength: 1, maxLength: 4 });

describe('import keeps decoded text (properties)', () => {
  it('txt and md: the imported text encodes back to the file bytes', async () => {
    await fc.assert(
      fc.asyncProperty(paragraphs, fc.constantFrom('txt', 'md'), async (lines, extension) => {
        const content = lines.join('\n\n');
        const source = await importOk(`catatan.${extension}`, utf8(content));
        expect(utf8(source.text)).toEqual(utf8(content));
      }),
      { numRuns: 60 },
    );
  });

  it('vtt, srt and docx: every cue or paragraph comes in with its code points', async () => {
    await fc.assert(
      fc.asyncProperty(paragraphs, fc.constantFrom('vtt', 'srt', 'docx'), async (lines, extension) => {
        const bytes = extension === 'docx' ? makeDocx({ body: [...lines] })
          : extension === 'vtt' ? utf8(`WEBVTT\n\n${lines.map((line, index) => `00:00:0${index}.000 --> 00:00:0${index}.900\n${line}`).join('\n\n')}\n`)
            : utf8(`${lines.map((line, index) => `${index + 1}\n00:00:0${index},000 --> 00:00:0${index},900\n${line}`).join('\n\n')}\n`);
        const source = await importOk(`rekaman.${extension}`, bytes);
        let from = 0;
        for (const line of lines) {
          const at = source.text.indexOf(line, from);
          expect(at).toBeGreaterThanOrEqual(0);
          from = at + line.length;
        }
      }),
      { numRuns: 60 },
    );
  });
});
