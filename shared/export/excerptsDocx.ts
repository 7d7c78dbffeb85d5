// The coded excerpts as a Word document (docx package), for co-authors who read and annotate in Word: grouped by code
// (Heading 1), then by informant (Heading 2), each quote in Word's "Quote" style followed by its source, speakers,
// roles, paragraphs and timestamp (excerptGroups.ts). Pseudonyms only, as the excerpts carry them.
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { getLocale, t, type Locale } from '../i18n/translate.ts';
import type { CodedExcerpt } from './codedExcerpts.ts';
import { excerptOrigin, groupExcerpts } from './excerptGroups.ts';

const WORD_LANGUAGE = { en: 'en-GB', id: 'id-ID' } as const satisfies Record<Locale, string>;
const MUTED = '595959';

/** A quote's paragraphs ("Quote" style), lines inside one as line breaks, since a run's own text cannot hold one. */
const quoteParagraphs = (text: string): Paragraph[] =>
  text.split(/(?:\r\n|\r|\n){2,}/).map((part) => new Paragraph({
    style: 'Quote',
    children: part.split(/\r\n|\r|\n/).map((line, index) => new TextRun({ text: line, break: index === 0 ? 0 : 1 })),
  }));

const excerptParagraphs = (excerpt: CodedExcerpt, locale: Locale): Paragraph[] => [
  ...quoteParagraphs(excerpt.text),
  new Paragraph({ style: 'ExcerptOrigin', children: [new TextRun(`— ${excerptOrigin(excerpt, locale, { roles: true }).join(' · ')}`)] }),
];

export const buildExcerptsDocx = async (excerpts: readonly CodedExcerpt[], locale: Locale = getLocale()): Promise<Uint8Array> => {
  const title = t('retrieval.markdown.title', undefined, locale);
  const children = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title)] }),
    new Paragraph({ children: [new TextRun(t('retrieval.markdown.count', { count: excerpts.length }, locale))] }),
    ...groupExcerpts(excerpts, locale).flatMap(({ codePath, informants }) => [
      new Paragraph({ heading: HeadingLevel.HEADING_1, keepNext: true, children: [new TextRun(codePath)] }),
      ...informants.flatMap(({ heading, excerpts: group }) => [
        new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: [new TextRun(heading)] }),
        ...group.flatMap((excerpt) => excerptParagraphs(excerpt, locale)),
      ]),
    ]),
  ];
  const document = new Document({
    title,
    creator: 'Caseweave',
    styles: {
      default: { document: { run: { size: 22, language: { value: WORD_LANGUAGE[locale] } }, paragraph: { spacing: { after: 120, line: 276 } } } },
      paragraphStyles: [
        {
          id: 'Quote', name: 'Quote', basedOn: 'Normal', next: 'Normal', quickFormat: true,
          run: { italics: true, color: '262626' }, paragraph: { indent: { left: 567, right: 567 }, spacing: { before: 60, after: 60 } },
        },
        { id: 'ExcerptOrigin', name: 'Excerpt origin', basedOn: 'Normal', next: 'Normal', run: { size: 19, color: MUTED }, paragraph: { indent: { left: 567 }, spacing: { after: 200 } } },
      ],
    },
    sections: [{ children }],
  });
  return Packer.pack(document, 'uint8array');
};
