// Text into CommonMark for the report's Markdown writer: every character that could start emphasis, a link, code,
// raw HTML, an entity or a table cell is backslash-escaped, and so is whatever would open a block at the start of a
// line (a heading, a list, a quote, a rule), so the reader sees exactly the text and never markup.

/** Characters escaped wherever they stand ("#" too: at a heading's end it would be taken for its closing marks). */
const ANYWHERE = /[\\`*_[\]<>&|~#]/g;
/** What makes a line a heading, quote, list item, rule or setext underline, escaped only at a line's start. */
const LINE_START = /^(\s*)([+=-]|\d+(?=[.)]))/;

const escapeLine = (line: string): string => {
  const escaped = line.replace(/\t/g, ' ').trim().replace(ANYWHERE, '\\$&');
  // "12. x" stays a number: its full stop is what would start an ordered list.
  return escaped.replace(LINE_START, (_whole, space: string, mark: string) => (/\d/.test(mark) ? `${space}${mark}\\` : `${space}\\${mark}`));
};

/** The text's lines, each escaped, blank lines dropped (inside one block they would end it). */
export const markdownLines = (text: string): string[] =>
  text.replace(/\r\n?/g, '\n').split('\n').map(escapeLine).filter((line) => line !== '');

/** One block's text: its lines joined by hard line breaks (a backslash before the newline). */
export const markdownInline = (text: string, indent = ''): string => markdownLines(text).join(`\\\n${indent}`);

/** Text for one pipe-table cell, which cannot break lines: line breaks become spaces. */
export const markdownCell = (text: string): string => markdownLines(text).join(' ');
