// One conclusion in the findings: its statement, status, evidence counts, triangulation status with the reason, its
// member-check tally and the answers behind it, up to N quotes of its supporting evidence (none when excerpts are
// left out), and its disconfirming evidence with how each item was resolved — all as the researcher wrote them.
import { memberCheckCountText, memberCheckVerdictText } from '../../analysis/index.ts';
import type { EvidenceItem } from '../../model/index.ts';
import type { ReportBlock } from '../reportDocument.ts';
import type { ReportConclusion, ReportFacts } from '../reportFacts.ts';
import type { ReportOptions } from '../reportOptions.ts';
import { conclusionQuotes } from '../reportQuotes.ts';
import { note } from './sectionInput.ts';

/** A conclusion's member-check tally in words, or why there is no one to check it with. */
export const memberCheckLine = (facts: ReportFacts, entry: ReportConclusion): string =>
  entry.summary.memberChecks.informants === 0
    ? facts.words.text('memberCheckTally.noInformants')
    : memberCheckCountText(entry.summary.memberChecks, facts.words.locale);

/** "Single source — only 1 informant behind it; the rule asks for 3". */
export const triangulationLine = (entry: ReportConclusion): string =>
  `${entry.summary.triangulation.label} — ${entry.summary.triangulation.reason}`;

const whatItIs = (facts: ReportFacts, item: EvidenceItem, withExcerpts: boolean): string => {
  const { words } = facts;
  const target = item.target;
  switch (target.kind) {
    case 'coding': {
      const quote = facts.quoteOf(target.codingId);
      if (quote === undefined) return words.text('report.evidence.lost');
      return withExcerpts ? `“${quote.text}” ${quote.tag}` : words.text('report.evidence.excerpt', { tag: quote.tag });
    }
    case 'cell': {
      const display = facts.displays.find((candidate) => candidate.id === target.displayId);
      return display === undefined ? words.text('report.evidence.lost') : words.text('report.evidence.cell', { display: display.name });
    }
    case 'memo': {
      const memo = facts.memos.find((candidate) => candidate.id === target.memoId);
      return memo === undefined ? words.text('report.evidence.lost') : words.text('report.evidence.memo', { title: memo.title.trim() || memo.plainText.trim().slice(0, 80) });
    }
    case 'member-check': {
      const check = facts.memberChecks.find((candidate) => candidate.id === target.memberCheckId);
      return check === undefined ? words.text('report.evidence.lost') : words.text('report.evidence.memberCheck', { pseudonym: facts.pseudonymOf(check.informantId) });
    }
  }
};

const resolutionText = (facts: ReportFacts, item: EvidenceItem): string => {
  const { words } = facts;
  if (item.resolution === null) return words.text('report.evidence.unresolved');
  const how = words.text(`report.resolution.${item.resolution.kind}`);
  const said = item.resolution.note.trim();
  return said === '' ? how : words.text('report.resolution.withNote', { how, note: said });
};

const disconfirmingBlocks = (facts: ReportFacts, entry: ReportConclusion, withExcerpts: boolean): ReportBlock[] => {
  const items = entry.conclusion.evidence.filter((item) => item.stance === 'disconfirming');
  return [
    { kind: 'heading', level: 4, text: facts.words.text('report.findings.disconfirming') },
    items.length === 0
      ? note(facts.words.text('report.findings.noDisconfirming'))
      : { kind: 'list', ordered: false, items: items.map((item) => `${whatItIs(facts, item, withExcerpts)} — ${resolutionText(facts, item)}`) },
  ];
};

export const conclusionBlocks = (facts: ReportFacts, entry: ReportConclusion, options: ReportOptions): ReportBlock[] => {
  const { words } = facts;
  const { summary } = entry;
  const rival = summary.rivalOfId === null ? undefined : facts.conclusions.find((other) => other.conclusion.id === summary.rivalOfId);
  const quotes = options.includeExcerpts ? conclusionQuotes(entry.conclusion, facts.codingIdsOf, facts.quoteOf, options.quotesPerConclusion) : [];
  const verdicts = summary.memberChecks.verdicts.map((verdict) => memberCheckVerdictText(verdict, facts.pseudonymOf, words.locale));
  return [
    { kind: 'heading', level: 3, text: summary.statement },
    {
      kind: 'facts',
      items: [
        { label: words.text('report.findings.status'), value: words.status(summary.status) },
        ...(rival === undefined ? [] : [{ label: words.text('report.findings.rivalOf'), value: rival.summary.statement }]),
        {
          label: words.text('report.findings.evidence'),
          value: words.text('report.findings.evidenceCounts', {
            supporting: summary.evidence.supporting, disconfirming: summary.evidence.disconfirming, unresolved: summary.evidence.unresolved,
          }),
        },
        { label: words.text('report.findings.triangulation'), value: triangulationLine(entry) },
        { label: words.text('report.findings.memberChecks'), value: memberCheckLine(facts, entry) },
      ],
    },
    ...(options.includeExcerpts && quotes.length === 0 ? [note(words.text('report.findings.noQuotes'))] : quotes),
    ...disconfirmingBlocks(facts, entry, options.includeExcerpts),
    ...(verdicts.length === 0 ? [] : [
      { kind: 'heading' as const, level: 4 as const, text: words.text('report.findings.responses') },
      { kind: 'list' as const, ordered: false, items: verdicts },
    ]),
  ];
};
