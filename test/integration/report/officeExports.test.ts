// Every Word and Excel file the app writes opens in real LibreOffice (issue 11): the coded excerpts as DOCX and as XLSX
// (with a sheet per code), and the member-check packet's DOCX, each converted by soffice and read back as text; and a
// file LibreOffice cannot load fails the conversion loudly instead of passing as empty text.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildExcerptsDocx } from '../../../shared/export/excerptsDocx.ts';
import { buildExcerptsXlsx } from '../../../shared/export/excerptsXlsx.ts';
import { memberCheckPacketDocx, type MemberCheckPacket } from '../../../shared/export/memberCheckPacket/index.ts';
import { OFFICE_TIMEOUT, officeText } from '../../support/officeText.ts';
import { codedExcerpt, harjo, rina } from '../../unit/shared/export/codedExcerptFixture.ts';

const excerpts = [
  codedExcerpt('Business networks / Learning', 'They taught us that <by doing> & more.', [harjo]),
  codedExcerpt('Diaspora', 'Saya jadi jembatan — kirim ke Jerman.', [rina], { sourceTitle: 'Wawancara Rina', timestamp: '00:04:10' }),
];

const packet: MemberCheckPacket = {
  language: 'id',
  pseudonym: 'Dewi',
  projectName: 'Djembe di Sentul',
  preparedOn: '7 Desember 2026',
  sources: [{ title: 'Wawancara di bengkel', date: '2024-03-12', excerpts: [{ number: 1, quote: 'Sepupu saya di Den Haag yang membantu.' }] }],
  conclusions: [{ number: 1, statement: 'Jaringan keluarga membuka pasar ekspor.', status: 'supported', excerptNumbers: [1] }],
};

describe('Office files in LibreOffice', () => {
  it('opens the coded excerpts DOCX', async () => {
    const text = await officeText(await buildExcerptsDocx(excerpts, 'en'), 'docx');
    for (const words of ['Coded excerpts', 'Business networks / Learning', 'They taught us that <by doing> & more.', 'Saya jadi jembatan — kirim ke Jerman.']) expect(text).toContain(words);
  }, OFFICE_TIMEOUT);

  it('opens the coded excerpts XLSX with a sheet per code', async () => {
    const text = await officeText(await buildExcerptsXlsx(ExcelJS, excerpts, { locale: 'en', sheetPerCode: true }), 'xlsx');
    for (const words of ['Code', 'Excerpt', 'They taught us that <by doing> & more.', 'Saya jadi jembatan — kirim ke Jerman.', '00:04:10']) expect(text).toContain(words);
    // Calc prints a narrow column's text cut at the cell's edge, so the source is found by its first word.
    expect(text).toContain('Wawancara');
    // The first sheet, then one sheet per code: each code's excerpt is printed twice.
    expect(text.split('Saya jadi jembatan').length - 1).toBe(2);
    expect(text.split('They taught us that').length - 1).toBe(2);
  }, OFFICE_TIMEOUT);

  it('opens the member-check packet DOCX', async () => {
    const text = await officeText(await memberCheckPacketDocx(packet), 'docx');
    for (const words of ['Dewi', 'Sepupu saya di Den Haag yang membantu.', 'Jaringan keluarga membuka pasar ekspor.']) expect(text).toContain(words);
  }, OFFICE_TIMEOUT);

  it('fails loudly on a file LibreOffice cannot load', async () => {
    const broken = (await buildExcerptsDocx(excerpts, 'en')).slice(0, 2000);
    await expect(officeText(broken, 'docx')).rejects.toThrow(/LibreOffice could not open the DOCX file/);
  }, OFFICE_TIMEOUT);
});
