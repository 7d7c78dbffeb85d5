// Speaker-turn detection: label shapes, the recurrence rule for one-off header lines, continuations,
// offsets of the spoken words, renaming.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectSpeakerTurns, renameSpeakerInTurns } from '../../../../shared/import/speakerTurns.ts';
import { expectTurnsTileText, spokenBy } from '../../../support/turnInvariants.ts';

describe('detectSpeakerTurns', () => {
  it('detects "Name:" labels with spaces and removes them from the canonical text', () => {
    const result = detectSpeakerTurns(['Pak Hadi: We started in 2003.', 'Markus Brandl: I see.', 'Pak Hadi: Then came the orders.']);
    expect(result.speakers).toEqual(['Pak Hadi', 'Markus Brandl']);
    expect(result.text).toBe('We started in 2003.\n\nI see.\n\nThen came the orders.');
    expect(result.turns.map((turn) => turn.speaker)).toEqual(['Pak Hadi', 'Markus Brandl', 'Pak Hadi']);
    expectTurnsTileText(result.text, result.turns);
  });

  it('detects upper-case labels such as "BU RATNA:"', () => {
    const result = detectSpeakerTurns(['INTERVIEWER: Thank you.', 'BU RATNA: You are welcome.', 'INTERVIEWER: Next question.', 'BU RATNA: Yes.']);
    expect(result.speakers).toEqual(['INTERVIEWER', 'BU RATNA']);
  });

  it('detects markdown bold labels **Name:** and **Name**:', () => {
    const result = detectSpeakerTurns(['**Pewawancara:** Selamat sore.', '**Dewi**: Sore.', '**Pewawancara:** Boleh cerita?', '**Dewi:** Boleh.']);
    expect(result.speakers).toEqual(['Pewawancara', 'Dewi']);
    expect(spokenBy(result.text, result.turns, 'Dewi')).toEqual(['Sore.', 'Boleh.']);
  });

  it('accepts Q/A, INT and R1 even when they occur once', () => {
    expect(detectSpeakerTurns(['Q: Why?', 'A: Because.']).speakers).toEqual(['Q', 'A']);
    expect(detectSpeakerTurns(['INT: How long?', 'R1: Ten years.']).speakers).toEqual(['INT', 'R1']);
  });

  it('reads timestamps in [hh:mm:ss], (hh:mm:ss) and bare forms', () => {
    const result = detectSpeakerTurns(['[00:01:02] Interviewer: First.', '(00:01:10) Dewi: Second.', '00:02:03.500 Interviewer: Third.', 'Dewi: Fourth.']);
    expect(result.turns.map((turn) => [turn.speaker, turn.timestamp])).toEqual([
      ['Interviewer', '00:01:02'],
      ['Dewi', '00:01:10'],
      ['Interviewer', '00:02:03.500'],
      ['Dewi', null],
    ]);
    expect(result.text).toBe('First.\n\nSecond.\n\nThird.\n\nFourth.');
  });

  it('keeps one-off header lines before the dialogue as plain paragraphs', () => {
    const result = detectSpeakerTurns([
      'Site: the workshop yard',
      'Convention: OC = observer comment',
      'Interviewer: Shall we begin?',
      'Owner: Yes.',
      'Interviewer: Good.',
      'Owner: Fine.',
    ]);
    expect(result.speakers).toEqual(['Interviewer', 'Owner']);
    expect(result.turns[0]).toMatchObject({ speaker: null });
    expect(result.text.startsWith('Site: the workshop yard\n\nConvention: OC = observer comment\n\n')).toBe(true);
  });

  it('accepts a one-off speaker once the dialogue has begun', () => {
    const result = detectSpeakerTurns(['Interviewer: How often?', 'Owner: Every month.', 'Bu Lastri: Not every month.', 'Owner: She is right.', 'Interviewer: Thanks.']);
    expect(result.speakers).toEqual(['Interviewer', 'Owner', 'Bu Lastri']);
  });

  it('does not take sentences or header words for labels', () => {
    const result = detectSpeakerTurns(['The main reason is: money.', 'The main reason is: money again.', 'Note: a note.', 'Note: another note.']);
    expect(result.speakers).toEqual([]);
    expect(result.text).toContain('The main reason is: money.');
  });

  it('gives an unlabelled paragraph to the previous speaker as its own turn', () => {
    const result = detectSpeakerTurns(['Interviewer: Tell me more.', 'Owner: It began in 2003.', 'Then we grew.', 'Interviewer: And now?']);
    expect(result.turns.map((turn) => turn.speaker)).toEqual(['Interviewer', 'Owner', 'Owner', 'Interviewer']);
    expect(result.turns[2].timestamp).toBeNull();
    expect(spokenBy(result.text, result.turns, 'Owner')).toEqual(['It began in 2003.', 'Then we grew.']);
  });

  it('gives a bare label paragraph to the paragraph after it', () => {
    const result = detectSpeakerTurns(['Interviewer:', 'A question on its own line.', 'Owner:', 'An answer.', 'Interviewer: Thanks.', 'Owner: Welcome.']);
    expect(result.text).toBe('A question on its own line.\n\nAn answer.\n\nThanks.\n\nWelcome.');
    expect(result.turns.map((turn) => turn.speaker)).toEqual(['Interviewer', 'Owner', 'Interviewer', 'Owner']);
  });

  it('leaves text without labels as plain paragraphs', () => {
    const result = detectSpeakerTurns(['First paragraph.', 'Second paragraph.']);
    expect(result.turns).toEqual([
      { start: 0, end: 16, speaker: null, timestamp: null },
      { start: 18, end: 35, speaker: null, timestamp: null },
    ]);
  });

  it('covers every paragraph with one turn whose range is exactly the spoken words (property)', () => {
    const name = fc.constantFrom('Interviewer', 'Pak Hadi', 'BU RATNA', 'Q', 'R1', 'Dewi');
    const words = fc.array(fc.constantFrom('we', 'sold', 'drums', 'café', 'naïve', '🥁', 'to', 'Germany.', 'x:y'), { minLength: 1, maxLength: 12 }).map((list) => list.join(' '));
    const paragraph = fc.record({ speaker: fc.option(name, { nil: null }), spoken: words });
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 20 }), (half) => {
        // Every label then occurs at least twice, so each one counts as a speaker.
        const paragraphs = [...half, ...half];
        const input = paragraphs.map(({ speaker, spoken }) => (speaker ? `${speaker}: ${spoken}` : spoken));
        const result = detectSpeakerTurns(input);
        expectTurnsTileText(result.text, result.turns);
        expect(result.turns).toHaveLength(input.length);
        result.turns.forEach((turn, index) => expect(result.text.slice(turn.start, turn.end)).toBe(paragraphs[index].spoken));
      }),
      { numRuns: 200 },
    );
  });

  // How fast this runs is the bench's business (import_parse_s over the reference project), not a test's.
  it('finds every turn of a 12,000-word transcript', () => {
    const paragraphs = Array.from({ length: 600 }, (_, index) => `${index % 2 ? 'Owner' : 'Interviewer'}: ${'word '.repeat(20).trim()}`);
    const result = detectSpeakerTurns(paragraphs);
    expect(result.turns).toHaveLength(600);
    expect(result.turns.map((turn) => turn.speaker)).toEqual(paragraphs.map((_, index) => (index % 2 ? 'Owner' : 'Interviewer')));
  });
});

describe('renameSpeakerInTurns', () => {
  it('renames one speaker everywhere and leaves the others and the input untouched', () => {
    const { turns } = detectSpeakerTurns(['R1: One.', 'INT: Two.', 'R1: Three.']);
    const renamed = renameSpeakerInTurns(turns, 'R1', 'Pak Hadi');
    expect(renamed.map((turn) => turn.speaker)).toEqual(['Pak Hadi', 'INT', 'Pak Hadi']);
    expect(turns.map((turn) => turn.speaker)).toEqual(['R1', 'INT', 'R1']);
    expect(renamed.map((turn) => [turn.start, turn.end])).toEqual(turns.map((turn) => [turn.start, turn.end]));
  });
});

describe('stage notes', () => {
  it('gives a paragraph that is only a bracketed note no speaker, without ending the turn sequence', () => {
    const result = detectSpeakerTurns(['Interviewer: Ready?', 'Owner: Yes.', '[pause]', 'More from the owner.', 'Interviewer: Done?', 'Owner: Done.', '[End of recording]']);
    expect(result.turns.map((turn) => turn.speaker)).toEqual(['Interviewer', 'Owner', null, 'Owner', 'Interviewer', 'Owner', null]);
  });
});
