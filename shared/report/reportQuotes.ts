// The report's quotes: a coding's words as every view shows them (excerptQuote.ts, speakers labelled across turns),
// tagged "[pseudonym · role · source kind · date]" with the informants the one attribution rule gives it; and which
// quotes a conclusion shows — those its supporting evidence rests on, in the order the researcher added it.
import { attributeRange, prepareAttribution, type SourceAttribution } from '../analysis/attribution.ts';
import { excerptQuote } from '../export/excerptQuote.ts';
import type { Coding, Conclusion, EvidenceItem, Id, Informant, Source } from '../model/index.ts';
import type { ReportQuote } from './reportDocument.ts';
import type { ReportWords } from './reportFacts.ts';

export type QuoteOf = (codingId: Id) => ReportQuote | undefined;

export type QuoteTagParts = { pseudonyms: readonly string[]; roles: readonly string[]; kind: string; date: string };

/** "[Harjo · owner · interview · 12 Mar 2024]"; several informants or roles are joined with commas, none left out. */
export const quoteTag = ({ pseudonyms, roles, kind, date }: QuoteTagParts): string =>
  `[${[pseudonyms.join(', '), roles.join(', '), kind, date].filter((part) => part.trim() !== '').join(' · ')}]`;

export const quoteMaker = (
  sources: readonly Source[], codings: readonly Coding[], informants: readonly Informant[], words: ReportWords,
): QuoteOf => {
  const sourcesById = new Map(sources.map((source) => [source.id, source]));
  const codingsById = new Map(codings.map((coding) => [coding.id, coding]));
  const informantsById = new Map(informants.map((informant) => [informant.id, informant]));
  const prepared = new Map<Id, SourceAttribution>();
  const attribution = (source: Source): SourceAttribution => {
    let found = prepared.get(source.id);
    if (found === undefined) {
      found = prepareAttribution(source);
      prepared.set(source.id, found);
    }
    return found;
  };
  return (codingId) => {
    const coding = codingsById.get(codingId);
    const source = coding === undefined ? undefined : sourcesById.get(coding.sourceId);
    if (coding === undefined || source === undefined) return undefined;
    const prepare = attribution(source);
    const people = attributeRange(prepare, coding.start, coding.end).informantIds.flatMap((id) => informantsById.get(id) ?? []);
    const roles = [...new Set(people.map((person) => person.role.trim()).filter((role) => role !== ''))];
    const tag = quoteTag({
      pseudonyms: people.length === 0 ? [words.text('report.quote.noInformant')] : people.map((person) => person.pseudonym),
      roles,
      kind: words.sourceKind(source.kind),
      date: source.date === null ? words.text('report.quote.undated') : words.date(source.date),
    });
    return { kind: 'quote', text: excerptQuote(source.text, prepare.blocks, coding.start, coding.end, words.locale).trim(), tag };
  };
};

/**
 * The quotes a conclusion's supporting evidence offers, each coding once, in the order the evidence was added, at
 * most `limit`.
 */
export const conclusionQuotes = (
  conclusion: Pick<Conclusion, 'evidence'>, codingIdsOf: (item: EvidenceItem) => readonly Id[], quoteOf: QuoteOf, limit: number,
): ReportQuote[] => {
  const seen = new Set<Id>();
  const quotes: ReportQuote[] = [];
  for (const item of conclusion.evidence) {
    if (item.stance !== 'supporting') continue;
    for (const codingId of codingIdsOf(item)) {
      if (quotes.length >= limit) return quotes;
      if (seen.has(codingId)) continue;
      seen.add(codingId);
      const quote = quoteOf(codingId);
      if (quote !== undefined && quote.text !== '') quotes.push(quote);
    }
  }
  return quotes;
};
