// The benchmark project's analysis layer: an 80-code tree (8 themes × 9 sub-codes), codings spread over the
// sources' canonical text (snapped to word boundaries, inside one turn) and memos on the project, codes, sources
// and codings. Codings name their source by the file's SHA-256; the in-page seeder swaps in the real id.
import type { Code, Coder, Coding, Memo, MemoTarget, Turn } from '../../shared/model/index.ts';
import { initialsOf, memoTargetKey } from '../../shared/model/index.ts';
import type { Random } from './seededRandom.ts';

export type CanonicalSource = { sha256: string; text: string; turns: Turn[] };
export type PlannedCoding = Omit<Coding, 'sourceId'> & { sourceSha: string };
/** A memo; on a source memo `sourceSha` is set and target.id / targetKey hold that SHA until the seeder patches them. */
export type PlannedMemo = Memo & { sourceSha?: string };

const THEMES = [
  'Market access / akses pasar', 'Networks / jaringan', 'Diaspora ties', 'Craft quality / kualitas', 'Institutions',
  'Finance / modal', 'Identity & heritage / warisan', 'Learning / pelatihan',
];
const ASPECTS = ['barriers', 'enablers', 'key actors', 'practices', 'changes over time', 'tensions', 'vivid examples', 'outcomes', 'strategies'];
const COLORS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b', '#e377c2', '#17becf'];

const iso = (minute: number): string => new Date(Date.UTC(2026, 0, 5) + minute * 60_000).toISOString();

const benchCoder = (id: string, name: string): Coder => ({ id, name, initials: initialsOf(name), createdAt: iso(0), updatedAt: iso(0) });

/**
 * The coders the codings and memos point at; the first is the installation's current coder. Fixed ids, so adding
 * them draws nothing from the seeded random stream and the generated project stays the same.
 */
export const BENCH_CODERS: readonly Coder[] = [
  benchCoder('bench-coder-researcher', 'Bench Researcher'),
  benchCoder('bench-coder-second', 'Second Coder'),
];
const [RESEARCHER, SECOND_CODER] = BENCH_CODERS;

/** 8 top-level themes, each with 9 sub-codes: 80 codes. The first sub-code is the retrieval probe. */
export const generateCodes = (random: Random, projectId: string): Code[] => {
  const codes: Code[] = [];
  const make = (parentId: string | null, order: number, name: string, color: string): Code => {
    const code: Code = {
      id: random.uuid(), projectId, parentId, order, name, color,
      definition: `Passages about ${name.toLowerCase()}.`, inclusionCriteria: '', exclusionCriteria: '', example: '',
      modelRole: null, status: 'stable', createdAt: iso(codes.length), updatedAt: iso(codes.length),
    };
    codes.push(code);
    return code;
  };
  THEMES.forEach((theme, themeIndex) => {
    const parent = make(null, themeIndex, theme, COLORS[themeIndex]);
    ASPECTS.forEach((aspect, aspectIndex) => make(parent.id, aspectIndex, `${theme.split(' / ')[0]}: ${aspect}`, COLORS[themeIndex]));
  });
  return codes;
};

/** A word-aligned span of `words` words starting near a random point of a random turn. */
const pickSpan = (random: Random, source: CanonicalSource, words: number): { start: number; end: number } | null => {
  const turn = random.pick(source.turns);
  const { text } = source;
  let start = random.integer(turn.start, Math.max(turn.start, turn.end - 1));
  while (start > turn.start && !/\s/.test(text[start - 1])) start -= 1;
  while (start < turn.end && /\s/.test(text[start])) start += 1;
  let end = start;
  for (let counted = 0; counted < words && end < turn.end; counted += 1) {
    while (end < turn.end && !/\s/.test(text[end])) end += 1;
    if (counted < words - 1) while (end < turn.end && /\s/.test(text[end])) end += 1;
  }
  return end > start ? { start, end } : null;
};

export type CodingPlan = { source: CanonicalSource; count: number; codeIds: readonly string[] };

/** Codings for each plan entry, no exact duplicates; most by the researcher, about a fifth by the second coder. */
export const generateCodings = (random: Random, projectId: string, plans: readonly CodingPlan[]): PlannedCoding[] => {
  const codings: PlannedCoding[] = [];
  const seen = new Set<string>();
  const spanWords = random.zipf(60, 0.6);
  for (const plan of plans) {
    const codeRank = random.zipf(plan.codeIds.length, 0.7);
    let made = 0;
    for (let attempts = 0; made < plan.count && attempts < plan.count * 20; attempts += 1) {
      const codeId = plan.codeIds.length === 1 ? plan.codeIds[0] : plan.codeIds[codeRank()];
      const span = pickSpan(random, plan.source, 3 + spanWords());
      if (span === null) continue;
      const key = `${plan.source.sha256}:${codeId}:${span.start}:${span.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      codings.push({
        id: random.uuid(), projectId, sourceSha: plan.source.sha256, codeId, start: span.start, end: span.end,
        coderId: random.next() < 0.8 ? RESEARCHER.id : SECOND_CODER.id, createdAt: iso(1_000 + codings.length),
      });
      made += 1;
    }
  }
  return codings;
};

const lexicalParagraphs = (paragraphs: string[]): string =>
  JSON.stringify({
    root: {
      type: 'root', version: 1, direction: 'ltr', format: '', indent: 0,
      children: paragraphs.map((text) => ({
        type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, textStyle: '',
        children: [{ type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' }],
      })),
    },
  });

/** 500 memos by default: 1 on the project, 1 per code, 100 on sources, the rest on codings (a coding's memo targets it). */
export const generateMemos = (
  random: Random, projectId: string, codes: readonly Code[], sourceShas: readonly string[], codings: readonly PlannedCoding[],
  vocabulary: readonly string[], total = 500,
): PlannedMemo[] => {
  const rank = random.zipf(vocabulary.length);
  const prose = (words: number): string => Array.from({ length: words }, () => vocabulary[rank()]).join(' ');
  const targets: MemoTarget[] = [{ kind: 'project' }, ...codes.map((code) => ({ kind: 'code' as const, id: code.id }))];
  for (const sha of sourceShas.slice(0, 100)) targets.push({ kind: 'source', id: sha });
  const codingStep = Math.max(1, Math.floor(codings.length / Math.max(1, total - targets.length)));
  for (let k = 0; targets.length < total && k < codings.length; k += codingStep) targets.push({ kind: 'coding', id: codings[k].id });
  return targets.map((target, index) => {
    const id = random.uuid();
    const paragraphs = Array.from({ length: random.integer(1, 4) }, () => prose(random.integer(20, 60)));
    return {
      id, projectId, target, targetKey: memoTargetKey(target), ...(target.kind === 'source' ? { sourceSha: target.id } : {}),
      title: `Memo ${index + 1}: ${prose(3)}`, content: lexicalParagraphs(paragraphs),
      plainText: paragraphs.join('\n\n'), authorId: RESEARCHER.id, createdAt: iso(50_000 + index), updatedAt: iso(50_000 + index),
    };
  });
};
