// The row shapes of format 6: format 5's tables, with memos on a source anchored to a range of its text and the
// origin of a memo made from an imported Word comment (its author and date as the file had them), issue 12.
import type { Memo, MemoOrigin, MemoRange } from '../model/index.ts';
import type { TableName } from '../project/tableRows.ts';
import { nullable, objectOf, offset, oneOf, optional, taggedBy, text, type Check } from './rowSchema.ts';
import { FORMAT_1_MEMO, FORMAT_1_MEMO_TARGETS } from './rowSchemas.ts';
import { FORMAT_5_ROWS } from './rowSchemas5.ts';

const id = text;
const instant = text;

const range = objectOf<MemoRange>({ start: offset, end: offset });

const memoTarget = taggedBy('kind', {
  ...FORMAT_1_MEMO_TARGETS,
  source: objectOf<{ kind: string; id: string; range?: MemoRange }>({ kind: text, id, range: optional(range) }),
});

const origin = objectOf<MemoOrigin>({ kind: oneOf(['wordComment']), author: nullable(text), date: nullable(instant) });

const memo = objectOf<Memo>({ ...FORMAT_1_MEMO, target: memoTarget, origin: optional(origin) });

/** The row check of each table in format 6. */
export const FORMAT_6_ROWS: Record<TableName, Check | null> = {
  ...FORMAT_5_ROWS,
  memos: memo,
};
