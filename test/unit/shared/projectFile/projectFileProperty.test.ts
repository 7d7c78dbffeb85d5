// Property: any sound project — random texts (lone surrogates and emoji included), informants with attributes of
// every type, a code tree, codings inside their texts on grapheme-cluster boundaries, memos on every kind of row, an audit trail — survives
// write → read unchanged and needs no repair, and writing what was read gives the same bytes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AttributeValue, AuditEvent, Code, Coding, Informant, Memo, MemoTarget } from '../../../../shared/model/index.ts';
import { projectFileTables } from '../../../../shared/project/entityRegistry.ts';
import type { SourceRow, SourceTextRow } from '../../../../shared/project/tableRows.ts';
import { readProjectFile, writeProjectFile, type ProjectSnapshot } from '../../../../shared/projectFile/index.ts';
import { snapRangeToGraphemes } from '../../../../shared/text/graphemes.ts';
import { projectFileRows } from '../../../../shared/projectFile/writeProjectFile.ts';
import { FILE, META, codeRow, coder, codingRow, informantRow, memoRow, projectRow, rowSet } from './projectFileFixture.ts';

const P = 'p';
const name = fc.string({ unit: 'grapheme', maxLength: 12 });
const anyText = fc.string({ unit: 'binary', maxLength: 200 });
const attributeValue: fc.Arbitrary<AttributeValue> = fc.oneof(
  fc.record({ type: fc.constant('text' as const), value: name }),
  fc.record({ type: fc.constant('number' as const), value: fc.integer({ min: -1e6, max: 1e6 }).map((value) => value / 8 || 0) }),
  fc.record({ type: fc.constant('date' as const), value: fc.constant('2024-02-29') }),
  fc.record({ type: fc.constant('boolean' as const), value: fc.boolean() }),
);
const attributeKey = fc.stringMatching(/^[a-z][a-z0-9 ]{0,8}$/);

const randomProject: fc.Arbitrary<ProjectSnapshot> = fc.record({
  informants: fc.array(fc.record({ pseudonym: name, realName: fc.option(name), attributes: fc.dictionary(attributeKey, attributeValue, { maxKeys: 3 }) }), { maxLength: 4 }),
  sources: fc.array(fc.record({ title: name, text: anyText, speakers: fc.array(name, { maxLength: 3 }), picks: fc.array(fc.nat(), { maxLength: 3 }) }), { minLength: 1, maxLength: 4 }),
  codes: fc.array(fc.record({ name, parent: fc.nat(), status: fc.constantFrom('draft' as const, 'stable' as const) }), { maxLength: 8 }),
  codings: fc.array(fc.record({ source: fc.nat(), code: fc.nat(), a: fc.nat(), b: fc.nat(), coder: fc.nat(2) }), { maxLength: 20 }),
  memos: fc.array(fc.record({ kind: fc.constantFrom('project', 'source', 'code', 'coding'), pick: fc.nat(), title: name, body: anyText }), { maxLength: 6 }),
  audit: fc.array(fc.record({ id: fc.nat(1000), action: name, detail: anyText }), { maxLength: 6 }),
}).map((spec) => {
  const informants: Informant[] = spec.informants.map((row, index) => ({ ...informantRow(`i${index}`, row.pseudonym, P), realName: row.realName, attributes: row.attributes }));
  const sources: SourceRow[] = [];
  const texts: SourceTextRow[] = [];
  spec.sources.forEach((row, index) => {
    const linked = informants.length === 0 ? [] : row.picks.map((pick) => informants[pick % informants.length].id);
    const speakerLinks = Object.fromEntries(row.speakers.flatMap((speaker, at) => (linked[at] === undefined ? [] : [[speaker, linked[at]]])));
    sources.push({
      id: `s${index}`, projectId: P, kind: 'interview', title: row.title, informantIds: [...new Set(linked)], speakerLinks, date: null, language: 'id',
      format: 'md', originalFileName: `${index}.md`, sha256: '', byteSize: row.text.length, importedAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z', wordCount: 3, turns: row.text.length === 0 ? [] : [{ start: 0, end: row.text.length, speaker: row.speakers[0] ?? null, timestamp: null }],
    });
    texts.push({ sourceId: `s${index}`, projectId: P, text: row.text });
  });
  const codes: Code[] = spec.codes.map((row, index) => ({ ...codeRow(`c${index}`, row.name, index === 0 || row.parent % 3 === 0 ? null : `c${row.parent % index}`, index, P), status: row.status }));
  const codings: Coding[] = codes.length === 0 ? [] : spec.codings.flatMap((row, index) => {
    const length = texts[row.source % texts.length].text.length;
    if (length === 0) return [];
    const text = texts[row.source % texts.length].text;
    // A sound coding never splits a grapheme cluster (the reader repairs one that does).
    const { start, end } = snapRangeToGraphemes(text, { start: row.a % length, end: (row.a % length) + 1 + (row.b % (length - (row.a % length))) });
    return [codingRow(`g${index}`, `s${row.source % texts.length}`, `c${row.code % codes.length}`, start, end, `coder-${row.coder}`, P)];
  });
  const targets: Record<string, (pick: number) => MemoTarget | null> = {
    project: () => ({ kind: 'project' }),
    source: (pick) => ({ kind: 'source', id: sources[pick % sources.length].id }),
    code: (pick) => (codes.length === 0 ? null : { kind: 'code', id: codes[pick % codes.length].id }),
    coding: (pick) => (codings.length === 0 ? null : { kind: 'coding', id: codings[pick % codings.length].id }),
  };
  const memos: Memo[] = spec.memos.flatMap((row, index) => {
    const target = targets[row.kind](row.pick);
    return target === null ? [] : [{ ...memoRow(`m${index}`, target, 'coder-0', P), title: row.title, plainText: row.body }];
  });
  const auditEvents: AuditEvent[] = spec.audit.map((row, index) => ({ id: row.id * 10 + index, projectId: P, at: '2025-01-01T00:00:00.000Z', actorId: 'coder-1', action: row.action, objectType: 'code', objectId: `x${index}`, detail: row.detail }));
  return {
    projectId: P,
    tables: { projects: [projectRow(P)], informants, sources, sourceTexts: texts, codes, codings, memos, auditEvents, coders: [coder('coder-0', 'Ana'), coder('coder-1', 'Budi'), coder('coder-2', 'Citra')] },
  };
});

describe('project files under random projects', () => {
  it('survive write → read unchanged, need no repair, and rewrite to the same bytes', async () => {
    await fc.assert(
      fc.asyncProperty(randomProject, async (snapshot) => {
        const bytes = await writeProjectFile(snapshot, META);
        const reading = await readProjectFile(bytes, { fileName: FILE });
        if (!reading.ok) throw new Error(`${reading.problem.key} ${JSON.stringify(reading.problem.params)}`);
        expect(reading.repairs).toEqual([]);
        for (const table of projectFileTables()) {
          // The file's own order (rows by key, audit events by id without it, referenced coders only) …
          expect(reading.snapshot.tables[table], table).toEqual(projectFileRows(snapshot, table));
        }
        // … holding the very rows of the project.
        for (const table of ['projects', 'informants', 'sources', 'sourceTexts', 'codes', 'codings', 'memos'] as const) {
          expect(rowSet(reading.snapshot.tables[table]), table).toEqual(rowSet(snapshot.tables[table]));
        }
        expect(await writeProjectFile(reading.snapshot, META)).toEqual(bytes);
      }),
      { numRuns: 60 },
    );
  });
});
