// Synthetic interview transcripts for the benchmark: a header, then alternating speaker turns ("INT:", "R1:",
// sometimes "R2:") of Zipf-distributed words, written as the .txt files a researcher would import.
import type { Random } from './seededRandom.ts';

export type TranscriptFile = { fileName: string; text: string; words: number };

const PLACES = ['Sentul', 'Jepara', 'Ubud', 'Yogyakarta', 'Bandung', 'Rotterdam', 'Osaka', 'Denpasar', 'Surakarta', 'Malang'];

const isoDay = (index: number): string => new Date(Date.UTC(2025, 0, 6) + index * 86_400_000).toISOString().slice(0, 10);

type WordSource = { random: Random; vocabulary: readonly string[]; rank: () => number };

const sentence = ({ random, vocabulary, rank }: WordSource, words: number, question: boolean): string => {
  const parts: string[] = [];
  for (let k = 0; k < words; k += 1) {
    let word = vocabulary[rank()];
    if (k === 0) word = word[0].toUpperCase() + word.slice(1);
    parts.push(word);
    if (k < words - 1 && random.next() < 0.07) parts[parts.length - 1] += ',';
  }
  return `${parts.join(' ')}${question ? '?' : '.'}`;
};

/** One speaker turn of about `words` words; returns the text and its exact word count. */
const turnBody = (source: WordSource, words: number, question: boolean): { text: string; words: number } => {
  const sentences: string[] = [];
  let written = 0;
  while (written < words) {
    const length = Math.min(words - written, source.random.integer(5, 22));
    sentences.push(sentence(source, length, question && written + length >= words));
    written += length;
  }
  return { text: sentences.join(' '), words: written };
};

/** A transcript of `targetWords` spoken words (labels and header not counted). */
export const generateTranscript = (
  random: Random, vocabulary: readonly string[], rank: () => number, index: number, targetWords: number, fileStem: string,
): TranscriptFile => {
  const source: WordSource = { random, vocabulary, rank };
  const place = PLACES[index % PLACES.length];
  const paragraphs = [`Interview transcript ${index + 1} of the craft export study, ${place}`, `Date: ${isoDay(index)}`];
  const thirdSpeaker = index % 5 === 4;
  let words = 0;
  let turn = 0;
  while (words < targetWords) {
    const interviewer = turn % 2 === 0;
    const speaker = interviewer ? 'INT' : thirdSpeaker && random.next() < 0.2 ? 'R2' : 'R1';
    const wanted = interviewer ? random.integer(8, 40) : random.integer(40, 260);
    const body = turnBody(source, Math.min(wanted, targetWords - words), interviewer);
    paragraphs.push(`${speaker}: ${body.text}`);
    words += body.words;
    turn += 1;
  }
  return { fileName: `${fileStem}-${place.toLowerCase()}.txt`, text: `${paragraphs.join('\n\n')}\n`, words };
};
