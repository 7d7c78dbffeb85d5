// The last guard of every import: text is never stored with U+0000, whichever importer read it.
import type { ParsedDocument } from './parsedDocument.ts';

/**
 * Text is never stored with U+0000: whatever an importer read (a Word run, a PDF string), NULs are taken out here
 * with a warning (the plain-text formats already did and warned). Turns' offsets are kept right by rebuilding them.
 */
export const withoutNulCharacters = (parsed: ParsedDocument): ParsedDocument => {
  if (!parsed.text.includes('\u0000')) return parsed;
  const removedBefore: number[] = [];
  let removed = 0;
  const kept: string[] = [];
  for (let index = 0; index < parsed.text.length; index += 1) {
    removedBefore.push(removed);
    const char = parsed.text[index];
    if (char === '\u0000') removed += 1;
    else kept.push(char);
  }
  removedBefore.push(removed);
  const shift = (offset: number): number => offset - removedBefore[Math.min(offset, removedBefore.length - 1)];
  const warnings = [...(parsed.warnings ?? []).filter((warning) => warning.code !== 'nulBytesRemoved'), { code: 'nulBytesRemoved' as const, count: removed + nulsWarned(parsed) }];
  return {
    ...parsed,
    text: kept.join(''),
    turns: parsed.turns.map((turn) => ({ ...turn, start: shift(turn.start), end: shift(turn.end) })),
    comments: parsed.comments?.map((comment) => ({ ...comment, start: shift(comment.start), end: shift(comment.end) })),
    headerText: parsed.headerText.replaceAll('\u0000', ''),
    warnings,
  };
};

const nulsWarned = (parsed: ParsedDocument): number => parsed.warnings?.find((warning) => warning.code === 'nulBytesRemoved')?.count ?? 0;

