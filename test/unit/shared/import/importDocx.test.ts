// Word and OpenDocument importers on generated files: paragraphs, tables, footnotes, bold labels, and the
// zip/XML guards (corrupt, encrypted, legacy, path tricks, decompression bombs, entity declarations).
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importFile, type ImportOptions } from '../../../../shared/import/importFile.ts';
import type { ImportedSource, ImportRefusalReason } from '../../../../shared/import/importTypes.ts';
import { documentXml, makeDocx, zipDocxParts } from '../../../support/makeDocx.ts';
import { makeOdt } from '../../../support/makeOdt.ts';
import { expectTurnsTileText, spokenBy } from '../../../support/turnInvariants.ts';

const importOk = async (fileName: string, bytes: Uint8Array): Promise<ImportedSource> => {
  const outcome = await importFile({ fileName, bytes });
  if (!outcome.ok) throw new Error(outcome.failure.message);
  expectTurnsTileText(outcome.source.text, outcome.source.turns);
  return outcome.source;
};

const expectRefusal = async (fileName: string, bytes: Uint8Array, reason: ImportRefusalReason, options?: ImportOptions): Promise<string> => {
  const outcome = await importFile({ fileName, bytes }, options);
  expect(outcome.ok).toBe(false);
  if (outcome.ok) return '';
  expect(outcome.failure.reason).toBe(reason);
  expect(outcome.failure.fileName).toBe(fileName);
  expect(outcome.failure.message).toContain(fileName);
  return outcome.failure.message;
};

const bold = (label: string, rest: string) => ({ runs: [{ text: label, bold: true }, { text: ` ${rest}` }] });

describe('.docx import', () => {
  const interview = makeDocx({
    body: [
      { runs: [{ text: 'Interview I7 — Finisher' }], style: 'Title' },
      'Date: 13 March 2024 · Place: finishing area',
      bold('Interviewer:', 'What is your work here?'),
      bold('Mas Eko:', 'I do the finishing.'),
      'Sanding, painting, oiling.',
      bold('Interviewer:', 'And the buyers?'),
      { runs: [{ text: 'Mas Eko', bold: true }, { text: ': They set the price.' }] },
    ],
  });

  it('reads paragraphs, the Title style as title, and bold labels as speakers', async () => {
    const source = await importOk('I07-finisher.docx', interview);
    expect(source.title).toBe('Interview I7 — Finisher');
    expect(source.speakers).toEqual(['Interviewer', 'Mas Eko']);
    expect(spokenBy(source.text, source.turns, 'Mas Eko')).toEqual(['I do the finishing.', 'Sanding, painting, oiling.', 'They set the price.']);
    expect(source.kind).toBe('interview');
    expect(source.date).toBe('2024-03-13');
    expect(source.format).toBe('docx');
  });

  it('reads a table as one block (rows as lines, cells joined by " | "), and footnotes at the end with inline markers', async () => {
    const bytes = makeDocx({
      body: [
        'Training report',
        { table: [['Category', 'Number'], ['Owners', '17'], ['Workers & helpers', '8']] },
        { footnoteAfter: 'Eight participants were workers.', footnoteId: 1 },
      ],
      footnotes: [{ id: 1, text: 'Counted from the attendance list.' }],
    });
    const source = await importOk('D09-report.docx', bytes);
    expect(source.text).toBe(
      'Training report\n\nCategory | Number\nOwners | 17\nWorkers & helpers | 8\n\nEight participants were workers.[1]\n\nFootnotes\n\n[1] Counted from the attendance list.',
    );
    expect(source.kind).toBe('document');
    expect(source.speakers).toEqual([]);
  });

  it('refuses random bytes and a truncated zip as damaged', async () => {
    const random = new Uint8Array(4096);
    for (let i = 0; i < random.length; i += 1) random[i] = (i * 7919 + 13) % 251;
    await expectRefusal('random.docx', random, 'corrupt');
    await expectRefusal('truncated.docx', interview.slice(0, Math.floor(interview.length / 2)), 'corrupt');
  });

  it('refuses a zip without word/document.xml as damaged', async () => {
    await expectRefusal('nodoc.docx', zipSync({ 'readme.txt': strToU8('hello') }), 'corrupt');
  });

  it('refuses a password-protected docx (OLE container with EncryptionInfo)', async () => {
    const ole = new Uint8Array(2048);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const name = 'EncryptionInfo';
    for (let i = 0; i < name.length; i += 1) ole[1024 + i * 2] = name.charCodeAt(i);
    const message = await expectRefusal('secret.docx', ole, 'encrypted');
    expect(message).toMatch(/password/);
  });

  it('refuses an old binary Word file renamed .docx with an explanation', async () => {
    const ole = new Uint8Array(2048);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const message = await expectRefusal('old.docx', ole, 'unsupported');
    expect(message).toMatch(/older binary Office document/);
  });

  it.each(['../evil.xml', 'word/../../evil.xml', '/etc/passwd', 'word\\evil.xml', 'C:/evil.xml'])('refuses the entry name %s', async (name) => {
    const bytes = makeDocx({ body: ['Hello'], extraEntries: { [name]: 'x' } });
    expect(await expectRefusal('tricky.docx', bytes, 'zipUnsafe')).toMatch(/entry name/);
  });

  it('refuses an entry that declares a huge uncompressed size, before inflating it', async () => {
    const bytes = makeDocx({ body: ['Hello'] });
    // Patch every central-directory header's uncompressed size to 3 GB.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let offset = 0; offset + 46 <= bytes.length; offset += 1) {
      if (view.getUint32(offset, true) === 0x02014b50) view.setUint32(offset + 24, 3_000_000_000, true);
    }
    const message = await expectRefusal('bomb.docx', bytes, 'zipUnsafe');
    expect(message).toMatch(/uncompressed size too large/);
  });

  it('refuses an entry with an extreme compression ratio (zeros)', async () => {
    const parts = { 'word/document.xml': documentXml(['Hello']) };
    const zeros = zipSync({ 'word/media/zeros.bin': new Uint8Array(4 * 1024 * 1024), ...Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strToU8(v)])) });
    expect(await expectRefusal('zeros.docx', zeros, 'zipUnsafe')).toMatch(/compression ratio/);
  });

  it('applies a lower uncompressed-size limit given as an option', async () => {
    await expectRefusal('limit.docx', interview, 'zipUnsafe', { maxUnzippedBytes: 100 });
  });

  it('refuses XML that declares entities', async () => {
    const hostile = documentXml(['&xxe;']).replace('<w:document', '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><w:document');
    expect(await expectRefusal('xxe.docx', zipDocxParts({ 'word/document.xml': hostile }), 'zipUnsafe')).toMatch(/entity declarations/);
  });

  it('refuses malformed XML as damaged', async () => {
    await expectRefusal('bad.docx', zipDocxParts({ 'word/document.xml': '<w:document><w:body><w:p>' }), 'corrupt');
  });
});

describe('.odt import', () => {
  it('reads headings, paragraphs, tables and notes', async () => {
    const bytes = makeOdt([
      { heading: 'Field notes, market day' },
      { paragraph: 'Arrived at the market.', note: { citation: '1', text: 'Market opens at six.' } },
      { table: [['Stall', 'Drums'], ['A', '12']] },
    ]);
    const source = await importOk('market.odt', bytes);
    expect(source.title).toBe('Field notes, market day');
    expect(source.text).toBe('Field notes, market day\n\nArrived at the market.[1]\n\nStall | Drums\nA | 12\n\nFootnotes\n\n[1] Market opens at six.');
    expect(source.kind).toBe('observation');
  });

  it('refuses an encrypted odt', async () => {
    await expectRefusal('locked.odt', makeOdt([{ paragraph: 'x' }], { encrypted: true }), 'encrypted');
  });
});

describe('.docx main part', () => {
  it('follows the package relationship when the main part has another name', async () => {
    const bytes = zipDocxParts({
      '_rels/.rels':
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document2.xml"/></Relationships>',
      'word/document2.xml': documentXml(['Saved by an online editor.']),
    });
    const source = await importOk('online.docx', bytes);
    expect(source.text).toBe('Saved by an online editor.');
  });
});
