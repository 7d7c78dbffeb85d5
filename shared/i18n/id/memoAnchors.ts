// Bahasa Indonesia for the memo anchors area (keys of ../en/memoAnchors.ts), written for Indonesian researchers.
import type { memoAnchorsMessages } from '../en/memoAnchors.ts';

export const memoAnchorsMessagesId = {
  'memoAnchors.commentTitle': 'Komentar dari {author}',
  'memoAnchors.commentTitleAnonymous': 'Komentar Word',
  'memoAnchors.origin': 'Komentar Word dari {author}, {date}',
  'memoAnchors.originNoDate': 'Komentar Word dari {author}',
  'memoAnchors.unknownAuthor': 'penulis tak dikenal',
  'memoAnchors.quote': 'Pada kata-kata',
  'memoAnchors.wholeSource': 'Pada seluruh sumber (tanpa kata yang ditandai)',
  'memoAnchors.marginTitle': 'Memo pada kata-kata ini',
  'memoAnchors.openMemo': 'Buka memo “{title}”',
  'memoAnchors.repair.rangeOutsideText': 'Memo “{title}” tertambat pada karakter {start}–{end} dari “{source}”, yang hanya memiliki {length}: memo tetap pada sumber tanpa tambatan.',
} satisfies Record<keyof typeof memoAnchorsMessages, string>;
