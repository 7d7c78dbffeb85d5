// The transcript's Lexical state keeps exact offsets: every spoken-text node records where it starts in the
// canonical text and holds exactly that slice; labels add no text; together the nodes cover every shown character.
import fc from 'fast-check';
import { $getRoot, createEditor, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import type { Turn } from '../../../../shared/model/index.ts';
import { $buildTranscript } from '../../../../renderer/transcript/transcriptBuild.ts';
import { $isSourceTextNode, $isTurnLabelNode, TRANSCRIPT_NODES } from '../../../../renderer/transcript/transcriptNodes.ts';

type Run = { start: number; text: string };

const newEditor = (): LexicalEditor => createEditor({ namespace: 'test', nodes: TRANSCRIPT_NODES, onError: (error) => { throw error; } });

const build = (text: string, turns: Turn[]): { runs: Run[]; labels: string[]; rootText: string } => {
  const editor = newEditor();
  editor.update(() => $buildTranscript(text, turns), { discrete: true });
  return editor.getEditorState().read(() => {
    const runs: Run[] = [];
    const labels: string[] = [];
    for (const node of $getRoot().getAllTextNodes()) {
      if ($isSourceTextNode(node)) runs.push({ start: node.getSourceStart(), text: node.getTextContent() });
    }
    for (const paragraph of $getRoot().getChildren()) {
      if (!('getChildren' in paragraph) || typeof paragraph.getChildren !== 'function') continue;
      for (const child of paragraph.getChildren()) if ($isTurnLabelNode(child)) labels.push(`${child.getKind()}:${child.getLabel()}`);
    }
    return { runs, labels, rootText: $getRoot().getTextContent() };
  });
};

const expectExact = (text: string, runs: Run[]): void => {
  let previousEnd = -1;
  for (const run of runs) {
    expect(run.text.length).toBeGreaterThan(0);
    expect(text.slice(run.start, run.start + run.text.length)).toBe(run.text);
    expect(run.start).toBeGreaterThan(previousEnd);
    expect(run.text).not.toMatch(/[\r\n]/);
    previousEnd = run.start + run.text.length - 1;
  }
};

describe('$buildTranscript', () => {
  it('gives each line of each turn its source offset and keeps speaker and timestamp labels out of the text', () => {
    const text = 'Opening note\n\nWhen did you start?\n\nWhen I was fifteen.\nMy uncle had a workshop.\n\nAnd now?';
    const at = (phrase: string) => text.indexOf(phrase);
    const turns: Turn[] = [
      { start: at('When did'), end: at('When did') + 'When did you start?'.length, speaker: 'INT', timestamp: '00:00:05' },
      { start: at('When I'), end: at('workshop.') + 'workshop.'.length, speaker: 'R1', timestamp: null },
      { start: at('And now'), end: text.length, speaker: 'INT', timestamp: null },
    ];
    const { runs, labels, rootText } = build(text, turns);
    expect(runs).toEqual([
      { start: 0, text: 'Opening note' },
      { start: at('When did'), text: 'When did you start?' },
      { start: at('When I'), text: 'When I was fifteen.' },
      { start: at('My uncle'), text: 'My uncle had a workshop.' },
      { start: at('And now'), text: 'And now?' },
    ]);
    expect(labels).toEqual(['timestamp:00:00:05', 'speaker:INT', 'speaker:R1', 'speaker:INT']);
    expect(rootText).not.toContain('INT');
    expect(rootText).not.toContain('00:00:05');
  });

  it('keeps offsets exact after UTF-16 surrogate pairs, CRLF line breaks and combining marks', () => {
    const text = 'Kendang 🥁 jimbe\r\nbaris dua — café\u0301\n\nPak Harjo: “iya”';
    const { runs } = build(text, []);
    expectExact(text, runs);
    expect(runs.map((run) => run.text)).toEqual(['Kendang 🥁 jimbe', 'baris dua — café\u0301', 'Pak Harjo: “iya”']);
  });

  it('covers every visible character with a node holding exactly that slice (property)', () => {
    const line = fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'é', '🥁', '.', ':'), minLength: 1, maxLength: 12 });
    const paragraph = fc.array(line, { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n'));
    fc.assert(
      fc.property(fc.array(fc.tuple(paragraph, fc.option(fc.constantFrom('INT', 'R1', 'R2'))), { minLength: 1, maxLength: 8 }), (blocks) => {
        let text = '';
        const turns: Turn[] = [];
        for (const [body, speaker] of blocks) {
          if (text !== '') text += '\n\n';
          const start = text.length;
          text += body;
          if (speaker !== null) turns.push({ start, end: text.length, speaker, timestamp: null });
        }
        const { runs } = build(text, turns);
        expectExact(text, runs);
        const covered = new Set<number>();
        for (const run of runs) for (let index = 0; index < run.text.length; index += 1) covered.add(run.start + index);
        // Every visible character is shown by exactly one node (white space between paragraphs may be skipped).
        for (let index = 0; index < text.length; index += 1) if (/\S/.test(text[index])) expect(covered.has(index)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
