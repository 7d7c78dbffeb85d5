// The review's re-reading of one file with the user's choices (the encoding picker, speaker labels marked or
// un-marked): the row takes the new parse, keeps what the user decided (title, kind, informants, date, language) and
// the informant links of the speakers that remain; a refusal leaves the row as it was, with the reason shown.
import type { ImportOutcome } from '../../../shared/import/importTypes.ts';
import type { ParseChoices } from '../../../shared/import/parsedDocument.ts';
import type { ReviewRow } from './useImportFlow.ts';

/** The row after a re-parse with `choices`. */
export const applyReparse = (row: ReviewRow, choices: ParseChoices, outcome: ImportOutcome): ReviewRow => {
  if (!outcome.ok) return { ...row, reparseError: outcome.failure.message };
  const source = outcome.source;
  const kept = new Set(source.speakers);
  const speakerLinks = Object.fromEntries(Object.entries(row.meta.speakerLinks ?? {}).filter(([speaker]) => kept.has(speaker)));
  return { ...row, source, choices, reparseError: null, meta: { ...row.meta, speakerLinks } };
};

/** The choices with `label` un-marked (not a speaker) or marked again; a label the user added is simply dropped. */
export const toggleSpeakerLabel = (choices: ParseChoices, label: string, notASpeaker: boolean): ParseChoices => {
  const current = choices.speakerLabels ?? { unmark: [], mark: [] };
  const unmark = current.unmark.filter((entry) => entry !== label);
  const mark = current.mark.filter((entry) => entry !== label);
  if (notASpeaker && !current.mark.includes(label)) unmark.push(label);
  return { ...choices, speakerLabels: { unmark, mark } };
};

/** The choices with `label` marked as a speaker the detector missed (and no longer un-marked). */
export const markSpeakerLabel = (choices: ParseChoices, label: string): ParseChoices => {
  const trimmed = label.trim().replace(/:$/, '').trim();
  const current = choices.speakerLabels ?? { unmark: [], mark: [] };
  if (trimmed === '' || current.mark.includes(trimmed)) return choices;
  return { ...choices, speakerLabels: { unmark: current.unmark.filter((entry) => entry !== trimmed), mark: [...current.mark, trimmed] } };
};

/** Turns per speaker label, for the review's list. */
export const turnCounts = (row: ReviewRow): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const turn of row.source.turns) if (turn.speaker !== null) counts.set(turn.speaker, (counts.get(turn.speaker) ?? 0) + 1);
  return counts;
};
