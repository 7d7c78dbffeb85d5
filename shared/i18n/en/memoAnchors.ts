// Memos anchored to a range of a source's text, and those made from imported Word comments (issue 12).
export const memoAnchorsMessages = {
  'memoAnchors.commentTitle': 'Comment by {author}',
  'memoAnchors.commentTitleAnonymous': 'Word comment',
  'memoAnchors.origin': 'Word comment by {author}, {date}',
  'memoAnchors.originNoDate': 'Word comment by {author}',
  'memoAnchors.unknownAuthor': 'an unknown author',
  'memoAnchors.quote': 'On the words',
  'memoAnchors.wholeSource': 'On the whole source (no words marked)',
  'memoAnchors.marginTitle': 'Memos on these words',
  'memoAnchors.openMemo': 'Open memo “{title}”',
  'memoAnchors.repair.rangeOutsideText': 'The memo “{title}” is anchored to characters {start}–{end} of “{source}”, which has {length}: it stays on the source without the anchor.',
} as const;
