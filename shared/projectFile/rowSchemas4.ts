// The row shapes of format 4: format 3's tables and the member checks of issue 10 — what was returned to an
// informant, their answer per item, their words and what changed. Typed against the model like the earlier formats,
// so a drifting field fails to compile.
import type { MemberCheck, MemberCheckItem } from '../model/index.ts';
import { MEMBER_CHECK_LANGUAGES, MEMBER_CHECK_MODES, MEMBER_CHECK_RESPONSES } from '../model/index.ts';
import type { TableName } from '../project/tableRows.ts';
import { listOf, nullable, objectOf, oneOf, taggedBy, text, type Check } from './rowSchema.ts';
import { FORMAT_3_ROWS } from './rowSchemas3.ts';

const id = text;
const instant = text;
const date = text;

const itemTarget = taggedBy('kind', {
  transcript: objectOf<{ kind: string; sourceId: string }>({ kind: text, sourceId: id }),
  summary: objectOf<{ kind: string; summarySheetId: string }>({ kind: text, summarySheetId: id }),
  excerpts: objectOf<{ kind: string; codingIds: string[] }>({ kind: text, codingIds: listOf(id) }),
  conclusions: objectOf<{ kind: string; conclusionIds: string[] }>({ kind: text, conclusionIds: listOf(id) }),
});

const outcome = taggedBy('kind', {
  'transcript-correction': objectOf<{ kind: string; sourceId: string; correctedAt: string; note: string }>({
    kind: text, sourceId: id, correctedAt: instant, note: text,
  }),
  'conclusion-status': objectOf<{ kind: string; conclusionId: string; note: string }>({ kind: text, conclusionId: id, note: text }),
  'conclusion-wording': objectOf<{ kind: string; conclusionId: string; note: string }>({ kind: text, conclusionId: id, note: text }),
  kept: objectOf<{ kind: string; reason: string }>({ kind: text, reason: text }),
});

const item = objectOf<MemberCheckItem>({
  id, target: itemTarget, response: oneOf(MEMBER_CHECK_RESPONSES), comment: text, outcomes: listOf(outcome),
});

const memberCheck = objectOf<MemberCheck>({
  id, projectId: id, informantId: id, sentOn: nullable(date), answeredOn: nullable(date), mode: oneOf(MEMBER_CHECK_MODES),
  language: oneOf(MEMBER_CHECK_LANGUAGES), items: listOf(item), words: text, wordsSourceId: nullable(id), createdAt: instant, updatedAt: instant,
});

/** The row check of each table in format 4. */
export const FORMAT_4_ROWS: Record<TableName, Check | null> = {
  ...FORMAT_3_ROWS,
  memberChecks: memberCheck,
};
