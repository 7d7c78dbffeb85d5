// Text with anchors (comment starts, ends and points) that keep their place while the text is trimmed, joined and
// its whitespace collapsed; the Word reader builds paragraphs, table cells and notes from these.

/** A comment's edge at an offset of a piece of text: the range's start or end, or the reference point. */
export type TextAnchor = { id: string; edge: 'start' | 'end' | 'point'; offset: number };

export type TextPiece = { text: string; anchors: TextAnchor[] };

const shift = (anchors: readonly TextAnchor[], by: number, max: number): TextAnchor[] =>
  anchors.map((anchor) => ({ ...anchor, offset: Math.min(Math.max(anchor.offset + by, 0), max) }));

/** Whitespace removed at both ends; anchors inside the removed whitespace move to the nearest kept character. */
export const trimPiece = (piece: TextPiece): TextPiece => {
  const start = piece.text.length - piece.text.trimStart().length;
  const text = piece.text.trim();
  return { text, anchors: shift(piece.anchors, -start, text.length) };
};

/** Pieces joined with a separator; with `skipEmpty`, empty pieces add no separator but keep their anchors. */
export const joinPieces = (pieces: readonly TextPiece[], separator: string, skipEmpty: boolean): TextPiece => {
  const parts: string[] = [];
  const anchors: TextAnchor[] = [];
  let length = 0;
  let first = true;
  for (const piece of pieces) {
    if (skipEmpty && piece.text === '') {
      anchors.push(...shift(piece.anchors, length, length));
      continue;
    }
    if (!first) {
      parts.push(separator);
      length += separator.length;
    }
    first = false;
    parts.push(piece.text);
    anchors.push(...shift(piece.anchors, length, length + piece.text.length));
    length += piece.text.length;
  }
  return { text: parts.join(''), anchors };
};

/** Every run of whitespace becomes one space; an anchor inside a run lands after its space. Linear time. */
export const collapseWhitespace = (piece: TextPiece): TextPiece => {
  const out: string[] = [];
  // newOffset[i] is where old offset i lands in the collapsed text.
  const newOffset = new Array<number>(piece.text.length + 1);
  let length = 0;
  let inSpace = false;
  for (let index = 0; index < piece.text.length; index += 1) {
    const char = piece.text[index];
    const space = /\s/.test(char);
    if (space && inSpace) {
      newOffset[index] = length;
      continue;
    }
    newOffset[index] = length;
    out.push(space ? ' ' : char);
    length += 1;
    inSpace = space;
  }
  newOffset[piece.text.length] = length;
  return { text: out.join(''), anchors: piece.anchors.map((anchor) => ({ ...anchor, offset: newOffset[Math.min(Math.max(anchor.offset, 0), piece.text.length)] })) };
};

/** A piece with text before it (a note's "[1] " marker): its anchors move along. */
export const prefixPiece = (prefix: string, piece: TextPiece): TextPiece => ({
  text: prefix + piece.text,
  anchors: shift(piece.anchors, prefix.length, prefix.length + piece.text.length),
});
