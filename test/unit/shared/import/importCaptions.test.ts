// WebVTT and SubRip importers: voices, NAME: prefixes, cue merging into turns, timestamps, NOTE blocks, tags.
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../../shared/import/importFile.ts';
import type { ImportedSource } from '../../../../shared/import/importTypes.ts';
import { expectTurnsTileText, spokenBy } from '../../../support/turnInvariants.ts';

const importOk = async (fileName: string, text: string): Promise<ImportedSource> => {
  const outcome = await importFile({ fileName, bytes: new TextEncoder().encode(text) });
  if (!outcome.ok) throw new Error(outcome.failure.message);
  expectTurnsTileText(outcome.source.text, outcome.source.turns);
  return outcome.source;
};

const VTT = `WEBVTT - test file

NOTE
Interview X7 | Date: 3 April 2024 | this block is metadata, not speech

STYLE
::cue { color: yellow }

intro
00:00:04.200 --> 00:00:08.545 align:start position:10%
<v Interviewer>Good afternoon, and thank you
for joining.

00:00:08.665 --> 00:00:11.423
<v Interviewer>Could you describe your company?</v>

00:00:12.443 --> 00:00:15.754
<v.loud Anna Berger>Sure. We are <i>small</i> &amp; busy.

00:00:15.874 --> 00:00:20.632
<v Anna Berger>We sell drums.

00:21.000 --> 00:24.000
<v Interviewer>Thanks.
`;

describe('.vtt import', () => {
  it('merges consecutive cues of one voice into a turn timed by its first cue', async () => {
    const source = await importOk('call.vtt', VTT);
    expect(source.speakers).toEqual(['Interviewer', 'Anna Berger']);
    expect(source.turns.map((turn) => [turn.speaker, turn.timestamp])).toEqual([
      ['Interviewer', '00:00:04.200'],
      ['Anna Berger', '00:00:12.443'],
      ['Interviewer', '00:21.000'],
    ]);
    expect(spokenBy(source.text, source.turns, 'Interviewer')[0]).toBe('Good afternoon, and thank you for joining. Could you describe your company?');
    expect(spokenBy(source.text, source.turns, 'Anna Berger')).toEqual(['Sure. We are small & busy. We sell drums.']);
  });

  it('skips NOTE and STYLE blocks but reads the date from the header', async () => {
    const source = await importOk('call.vtt', VTT);
    expect(source.text).not.toContain('metadata');
    expect(source.text).not.toContain('yellow');
    expect(source.date).toBe('2024-04-03');
    expect(source.kind).toBe('interview');
  });

  it('reads NAME: prefixes when cues have no voice tags', async () => {
    const source = await importOk('plain.vtt', 'WEBVTT\n\n00:01.000 --> 00:02.000\nHOST: Welcome.\n\n00:02.000 --> 00:03.000\nGUEST ONE: Hello.\n\n00:03.000 --> 00:04.000\nHOST: Bye.\n\n00:04.000 --> 00:05.000\nGUEST ONE: Bye.');
    expect(source.speakers).toEqual(['HOST', 'GUEST ONE']);
    expect(source.text).toBe('Welcome.\n\nHello.\n\nBye.\n\nBye.');
  });
});

const SRT = `1
00:00:01,000 --> 00:00:04,862
INTERVIEWER: Bu Sari, thank you for
receiving us.

2
00:00:04,982 --> 00:00:08,154
INTERVIEWER: What is the association?

3
00:00:09,174 --> 00:00:14,623
BU SARI: It was <b>founded</b> in 2012

4
00:00:14,743 --> 00:00:18,053
by nine workshop owners.

5
00:00:18,173 --> 00:00:21,414
INTERVIEWER: And today?

6
00:00:21,534 --> 00:00:25,741
{\\an8}BU SARI: Sixty-four members.
`;

describe('.srt import', () => {
  it('reads NAME: prefixes with spaces, merges cues and keeps the first cue time as written', async () => {
    const source = await importOk('assoc.srt', SRT);
    expect(source.speakers).toEqual(['INTERVIEWER', 'BU SARI']);
    expect(source.turns.map((turn) => [turn.speaker, turn.timestamp])).toEqual([
      ['INTERVIEWER', '00:00:01,000'],
      ['BU SARI', '00:00:09,174'],
      ['INTERVIEWER', '00:00:18,173'],
      ['BU SARI', '00:00:21,534'],
    ]);
    expect(spokenBy(source.text, source.turns, 'BU SARI')).toEqual(['It was founded in 2012 by nine workshop owners.', 'Sixty-four members.']);
    expect(source.text.startsWith('Bu Sari, thank you for receiving us. What is the association?')).toBe(true);
  });

  it('refuses a .srt without any cue', async () => {
    const outcome = await importFile({ fileName: 'broken.srt', bytes: new TextEncoder().encode('this is not a subtitle file') });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.failure.reason).toBe('corrupt');
  });
});
