// Guesses made at import time, which the user can change before storing: source kind, language, title, date.
import type { IsoDate, SourceFormat, SourceKind } from '../model/index.ts';

const OBSERVATION_WORDS = /observation|observasi|field[ _-]?notes?|catatan[ _-]lapangan|pengamatan/i;

export type KindEvidence = { format: SourceFormat; fileName: string; headerText: string; speakers: readonly string[] };

/** Captions and speaker turns mean an interview; observation words in the name or header mean field notes. */
export const guessKind = ({ format, fileName, headerText, speakers }: KindEvidence): SourceKind => {
  if (format === 'vtt' || format === 'srt') return 'interview';
  if (OBSERVATION_WORDS.test(fileName)) return 'observation';
  if (speakers.length >= 2) return 'interview';
  const firstLines = headerText.split('\n').slice(0, 5).join('\n');
  if (OBSERVATION_WORDS.test(firstLines)) return 'observation';
  if (speakers.length === 1) return 'interview';
  if (format === 'pdf' || format === 'docx' || format === 'odt') return 'document';
  return 'other';
};

const ENGLISH = new Set('the and of to in is that it was for we you with they this not but on are have be at as he she his her from by or so what there were our my me i'.split(' '));
const INDONESIAN = new Set(
  'yang dan di ini itu dengan tidak ke dari untuk saya ada kami juga sudah akan bisa kita atau pada dalam mereka karena jadi tapi nggak sama dia kalau lebih banyak orang seperti masih harus sangat'.split(' '),
);

/** Counts common function words of English and Bahasa Indonesia in the first words; English by default. */
export const guessLanguage = (text: string): string => {
  let english = 0;
  let indonesian = 0;
  const words = text.slice(0, 30_000).toLowerCase().match(/\p{L}+/gu) ?? [];
  for (const word of words) {
    if (ENGLISH.has(word)) english += 1;
    if (INDONESIAN.has(word)) indonesian += 1;
  }
  return indonesian > english ? 'id' : 'en';
};

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  januari: 1, februari: 2, maret: 3, mei: 5, juni: 6, juli: 7, agustus: 8, oktober: 10, desember: 12, agu: 8, agt: 8, okt: 10, des: 12,
};
const MONTH_NAMES = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const DAY_MONTH_YEAR = new RegExp(String.raw`\b(\d{1,2})\.?\s+(${MONTH_NAMES})\.?,?\s+(\d{4})\b`, 'i');
const MONTH_DAY_YEAR = new RegExp(String.raw`\b(${MONTH_NAMES})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`, 'i');

const isoDate = (year: number, month: number, day: number): IsoDate | null => {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2200) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};

/** The earliest date written in the header: ISO, "12 March 2024", "10 April 2024" (Indonesian) or "March 12, 2024". */
export const findDate = (header: string): IsoDate | null => {
  const found: { index: number; date: IsoDate }[] = [];
  const iso = ISO_DATE.exec(header);
  if (iso) {
    const date = isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (date) found.push({ index: iso.index, date });
  }
  const dmy = DAY_MONTH_YEAR.exec(header);
  if (dmy) {
    const date = isoDate(Number(dmy[3]), MONTHS[dmy[2].toLowerCase()], Number(dmy[1]));
    if (date) found.push({ index: dmy.index, date });
  }
  const mdy = MONTH_DAY_YEAR.exec(header);
  if (mdy) {
    const date = isoDate(Number(mdy[3]), MONTHS[mdy[1].toLowerCase()], Number(mdy[2]));
    if (date) found.push({ index: mdy.index, date });
  }
  found.sort((a, b) => a.index - b.index);
  return found[0]?.date ?? null;
};

/**
 * A title from a file name, in sentence case. The rule:
 * - the extension and folders go; underscores and hyphens become spaces; spaces are collapsed;
 * - the first letter is made upper case, the rest is kept as written ("Interview with Pak Hadi" stays so);
 * - capitals that shout are lowered (then the first letter raised again): every word when the whole name is
 *   written IN CAPITALS, and otherwise an all-capitals word of more than 5 letters ("WAWANCARA"). Acronyms and
 *   codes stay: listed acronyms (UMKM, FGD, RT, RW, NGO, …) and words of up to 5 characters holding a digit ("I01").
 *   Words in mixed case (names: "Harto", "McDonald") are never changed.
 * So "WAWANCARA_pak-harto_2023.txt" → "Wawancara pak harto 2023", "UMKM_interview.txt" → "UMKM interview",
 * "I01-owner_notes.txt" → "I01 owner notes", "FGD PETANI DESA.md" → "FGD petani desa".
 */
export const titleFromFileName = (fileName: string): string => {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const withoutExtension = base.includes('.') ? base.slice(0, base.lastIndexOf('.')) : base;
  const title = withoutExtension.replace(/[_-]+/g, ' ').replace(/\s+/g, ' ').trim();
  return title === '' ? base : sentenceCase(title);
};

const ACRONYMS = new Set(['UMKM', 'FGD', 'RT', 'RW', 'NGO', 'LSM', 'PKK', 'BUMDES', 'KUD', 'DPR', 'DPRD', 'PNS', 'TNI', 'SMA', 'SMP', 'SD', 'UK', 'US', 'USA', 'UN', 'EU', 'HIV', 'AIDS', 'COVID', 'IT', 'PT', 'CV']);

const keepsCapitals = (word: string): boolean => ACRONYMS.has(word) || (word.length <= 5 && /\d/.test(word));

const sentenceCase = (title: string): string => {
  const words = title.split(' ');
  const letters = title.replace(/[^\p{L}]/gu, '');
  const shouting = letters.length > 1 && letters === letters.toLocaleUpperCase() && letters !== letters.toLocaleLowerCase();
  const cased = words.map((word, index) => {
    const loud = shouting || (/^\p{Lu}{6,}$/u.test(word));
    const lowered = loud && !keepsCapitals(word) ? word.toLocaleLowerCase() : word;
    return index === 0 ? upperFirst(lowered) : lowered;
  });
  return cased.join(' ');
};

const upperFirst = (word: string): string => {
  const first = word.match(/\p{L}/u);
  if (!first || first.index === undefined) return word;
  return word.slice(0, first.index) + word[first.index].toLocaleUpperCase() + word.slice(first.index + 1);
};
