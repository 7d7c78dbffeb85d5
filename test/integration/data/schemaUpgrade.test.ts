// Schema upgrade: for every schema version ever shipped, write a database with a FROZEN copy of that
// version's stores (raw Dexie, real rows), close it, open it with the current app database and check
// that every row is intact and readable through the repository functions. A new schema version
// appends to SCHEMA_HISTORY, adds its frozen copy and a writer here; old entries never change.
import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { FAKE_INDEXED_DB, importText, interviewText, uniqueDatabaseName } from './testDatabase.ts';
import { openCaseweaveDatabase, type CaseweaveDatabase } from '../../../renderer/data/database.ts';
import { CURRENT_SCHEMA_VERSION, SCHEMA_HISTORY } from '../../../renderer/data/schemaHistory.ts';
import { createProject, getLastProjectId, listProjects } from '../../../renderer/data/projects.ts';
import { isBuiltInTemplate, listTemplates } from '../../../renderer/data/templates.ts';
import { DEFAULT_TEMPLATE_ID } from '../../../shared/templates/index.ts';
import { listInformants } from '../../../renderer/data/informants.ts';
import { findSourcesBySha, getSource, renameSpeaker, sourcesOfInformant } from '../../../renderer/data/sources.ts';
import { listAuditEvents } from '../../../renderer/data/audit.ts';
import { getCurrentCoder, listCoders } from '../../../renderer/data/coders.ts';
import { codingMemoOf } from '../../../renderer/data/memos.ts';
import { keptOriginalsOf, readKeptOriginal } from '../../../renderer/data/sourceOriginals.ts';
import { sha256Hex } from '../../../shared/import/importFile.ts';
import { cellKey, getDisplay, listDisplays } from '../../../renderer/data/displays.ts';
import { keepsOriginals } from '../../../shared/project/sourceOriginals.ts';
import { listConclusions } from '../../../renderer/data/conclusions.ts';
import { conclusionStatus } from '../../../shared/model/index.ts';

/** Frozen copies of each published version's store definitions; never edit an entry. */
const FROZEN_STORES: Record<number, Record<string, string>> = {
  1: {
    projects: 'id, name, updatedAt',
    informants: 'id, projectId, [projectId+pseudonym], role',
    sources: 'id, projectId, [projectId+sha256], kind, date, title, *informantIds',
    sourceTexts: 'sourceId, projectId',
    codes: 'id, projectId, parentId, [projectId+parentId]',
    codings: 'id, projectId, sourceId, codeId, [sourceId+start], [projectId+codeId]',
    memos: 'id, projectId, targetKey, [projectId+targetKey]',
    auditEvents: '++id, projectId, at, objectId',
    appState: 'key',
  },
  2: {
    codebookTemplates: 'id, name',
  },
  3: {
    coders: 'id, name',
  },
  4: {
    projectFileLinks: 'id, linkedProjectId, openedAt',
  },
  5: {
    sourceOriginals: 'sourceId, projectId',
  },
  6: {
    displays: 'id, projectId',
    relations: 'id, projectId, displayId',
    summarySheets: 'id, projectId, sourceId',
  },
  7: {
    conclusions: 'id, projectId, rivalOfId',
  },
  8: {
    memberChecks: 'id, projectId, informantId, wordsSourceId',
  },
  9: {
    codes: 'id, projectId, parentId, [projectId+parentId], anchorCodingId',
  },
  10: {
    searchIndexes: 'projectId',
  },
};

type Written = {
  projectId: string; informantId: string; sourceId: string; sha256: string; text: string; savedTemplateId?: string; fileLinkId?: string;
  original?: Uint8Array; displayId?: string; conclusionIds?: [string, string]; memberCheckId?: string; anchored?: boolean;
  savedSearchIndex?: boolean;
};

const AT = '2024-05-06T08:00:00.000Z';

/** Writes the rows a version-1 app would have written, exactly in version-1 shape. */
const writeVersion1 = async (db: Dexie): Promise<Written> => {
  // Parsed before the transaction: awaiting crypto.subtle inside it would let IndexedDB commit early.
  const imported = await importText('R1 interview.txt', interviewText('R1', 'dry wood'));
  const ids = { projectId: 'p-1', informantId: 'i-1', sourceId: 's-1' };
  await db.transaction('rw', db.tables, async () => {
  await db.table('projects').add({
    id: ids.projectId, name: 'Written by v1', description: '', researchQuestions: [{ id: 'q-1', text: 'Why?' }], templateId: null,
    settings: { reportLanguage: 'en', rolePresets: ['owner'] }, createdAt: AT, updatedAt: AT, isExample: false,
  });
  await db.table('informants').add({
    id: ids.informantId, projectId: ids.projectId, pseudonym: 'Harjo', role: 'owner',
    attributes: { 'years in business': { type: 'number', value: 18 } }, realName: null, createdAt: AT, updatedAt: AT,
  });
  await db.table('sources').add({
    id: ids.sourceId, projectId: ids.projectId, kind: 'interview', title: 'Owner', informantIds: [ids.informantId],
    speakerLinks: { R1: ids.informantId }, date: '2024-05-06', language: 'en', format: 'txt', originalFileName: imported.fileName,
    sha256: imported.sha256, byteSize: imported.byteSize, turns: imported.turns, importedAt: AT, updatedAt: AT, wordCount: 30,
  });
  await db.table('sourceTexts').add({ sourceId: ids.sourceId, projectId: ids.projectId, text: imported.text });
  await db.table('codes').add({
    id: 'k-1', projectId: ids.projectId, parentId: null, order: 0, name: 'Entry point', color: '#336699', definition: '',
    inclusionCriteria: '', exclusionCriteria: '', example: '', modelRole: 'entry point', status: 'draft', createdAt: AT, updatedAt: AT,
  });
  // The coding links its memo by memoId; the memo itself still names an older coding (a merge of version 1 did that).
  await db.table('codings').add({
    id: 'c-1', projectId: ids.projectId, sourceId: ids.sourceId, codeId: 'k-1', start: 3, end: 9, coder: 'researcher', createdAt: AT, memoId: 'm-2',
  });
  await db.table('memos').add({
    id: 'm-1', projectId: ids.projectId, target: { kind: 'project' }, targetKey: 'project', title: 'First memo', content: '{}',
    plainText: 'First memo', author: 'researcher', createdAt: AT, updatedAt: AT,
  });
  await db.table('memos').add({
    id: 'm-2', projectId: ids.projectId, target: { kind: 'coding', id: 'c-gone' }, targetKey: 'coding:c-gone', title: 'On the passage', content: '{}',
    plainText: 'On the passage', author: ' Ayu ', createdAt: AT, updatedAt: AT,
  });
  await db.table('auditEvents').add({ projectId: ids.projectId, at: AT, actor: 'researcher', action: 'create', objectType: 'project', objectId: ids.projectId, detail: '' });
  await db.table('appState').add({ key: 'lastProjectId', value: ids.projectId });
  await db.table('appState').add({ key: 'coderName', value: 'Ayu' });
  });
  return { ...ids, sha256: imported.sha256, text: imported.text };
};

const SAVED_TEMPLATE = {
  formatVersion: 1, id: 'my-saved-codebook', name: 'My saved codebook', description: 'Saved under v2', language: 'en',
  rolePresets: ['owner'], savedAt: AT, sourceProjectId: 'p-1',
  codes: [{ name: 'Entry point', color: '#336699', definition: 'd', inclusionCriteria: '', exclusionCriteria: '', example: '', modelRole: 'entry point', status: 'draft' }],
};

/** Version 2 adds saved codebook templates; everything of version 1 is written as before. */
const writeVersion2 = async (db: Dexie): Promise<Written> => {
  const written = await writeVersion1(db);
  await db.table('codebookTemplates').add(SAVED_TEMPLATE);
  return { ...written, savedTemplateId: SAVED_TEMPLATE.id };
};

/** Version 3: coders are records; codings, memos and audit events name them by id; codings have no memoId. */
const writeVersion3 = async (db: Dexie): Promise<Written> => {
  const written = await writeVersion2(db);
  const coders = { researcher: 'coder-r', Ayu: 'coder-a' };
  await db.transaction('rw', db.tables, async () => {
    await db.table('coders').bulkAdd([
      { id: coders.researcher, name: 'researcher', initials: 'R', createdAt: AT, updatedAt: AT },
      { id: coders.Ayu, name: 'Ayu', initials: 'A', createdAt: AT, updatedAt: AT },
    ]);
    await db.table('codings').toCollection().modify((coding: Record<string, unknown>) => {
      coding.coderId = coders.researcher;
      delete coding.coder;
      delete coding.memoId;
    });
    await db.table('memos').toCollection().modify((memo: Record<string, unknown>) => {
      memo.authorId = memo.id === 'm-2' ? coders.Ayu : coders.researcher;
      delete memo.author;
    });
    await db.table('memos').update('m-2', { target: { kind: 'coding', id: 'c-1' }, targetKey: 'coding:c-1' });
    await db.table('auditEvents').toCollection().modify((event: Record<string, unknown>) => {
      event.actorId = coders.researcher;
      delete event.actor;
    });
    await db.table('appState').delete('coderName');
    await db.table('appState').add({ key: 'currentCoderId', value: coders.Ayu });
  });
  return written;
};

/** Version 4: the project files the installation knows, one linked to the project (a path here; a handle in a browser). */
const writeVersion4 = async (db: Dexie): Promise<Written> => {
  const written = await writeVersion3(db);
  const link = { id: 'link-1', fileName: 'Written by v4.caseweave', linkedProjectId: written.projectId, path: '/study/Written by v4.caseweave', handle: null, openedAt: AT };
  await db.table('projectFileLinks').add(link);
  return { ...written, fileLinkId: link.id };
};

/**
 * Version 5: the project keeps originals, and its source's imported bytes are kept (those of version 1's writer: the
 * interview text as encoded, which its SHA-256 was computed from).
 */
const writeVersion5 = async (db: Dexie): Promise<Written> => {
  const written = await writeVersion4(db);
  const original = new TextEncoder().encode(interviewText('R1', 'dry wood'));
  await db.transaction('rw', db.tables, async () => {
    await db.table('projects').update(written.projectId, { 'settings.keepOriginals': true });
    await db.table('sourceOriginals').add({ sourceId: written.sourceId, projectId: written.projectId, fileName: 'R1 interview.txt', bytes: original });
  });
  return { ...written, original };
};

const NOTE_TEXT = { content: '{"root":{}}', plainText: 'Owners learn from peers' };

/** Version 6: a saved role-ordered matrix with a cell note, a network display with a relation, a contact summary sheet. */
const writeVersion6 = async (db: Dexie): Promise<Written> => {
  const written = await writeVersion5(db);
  const { projectId, sourceId } = written;
  const rows = { projectId, createdAt: AT, updatedAt: AT };
  const sort = { by: 'reading', direction: 'ascending' };
  await db.transaction('rw', db.tables, async () => {
    await db.table('displays').bulkAdd([
      {
        ...rows, id: 'd-matrix', name: 'Roles', type: 'role-ordered', includeInReport: true,
        definition: {
          kind: 'matrix', rows: 'role', cell: 'summary', codeIds: ['k-1'], withSubCodes: true, filters: {}, rowOrder: ['owner'],
          rowSort: sort, columnSort: sort, hideEmptyRows: false, hideEmptyColumns: false, heatShading: true,
        },
        cellNotes: { '["owner","k-1"]': { summary: NOTE_TEXT, rating: null, quoteCodingId: null, evidenceSeen: ['c-1'], updatedAt: AT } },
      },
      {
        ...rows, id: 'd-network', name: 'Ecosystem', type: 'network', includeInReport: false, cellNotes: {},
        definition: { kind: 'network', direction: 'right', nodes: [
          { id: 'node-1', kind: 'code', refId: 'k-1', label: 'Entry point', x: 10, y: 20 },
          { id: 'node-2', kind: 'free', refId: null, label: 'Export', x: null, y: null },
        ] },
      },
    ]);
    await db.table('relations').add({
      ...rows, id: 'r-1', displayId: 'd-network', fromNodeId: 'node-1', toNodeId: 'node-2', type: 'enables', directed: true, sign: '+',
      note: '', evidence: { codingIds: ['c-1'], memoIds: [] }, suggestedCoefficient: null,
    });
    await db.table('summarySheets').add({
      ...rows, id: 'sheet-1', sourceId, kind: 'contact', date: '2024-05-06', authorId: 'coder-a', contactType: 'interview',
      mainThemes: NOTE_TEXT, themeCodeIds: ['k-1'], researchQuestions: { 'q-1': NOTE_TEXT }, salientPoints: NOTE_TEXT, nextQuestions: NOTE_TEXT,
    });
  });
  return { ...written, displayId: 'd-matrix' };
};

/** Version 7: a supported conclusion with evidence from the coding and the matrix's cell, and its rival. */
const writeVersion7 = async (db: Dexie): Promise<Written> => {
  const written = await writeVersion6(db);
  const rows = { projectId: written.projectId, createdAt: AT, updatedAt: AT, researchQuestionId: 'q-1', modelRole: 'entry point', codeIds: ['k-1'], tactics: [] };
  const history = [{ status: 'tentative', reason: '', coderId: 'coder-a', at: AT }, { status: 'supported', reason: 'Two owners', coderId: 'coder-a', at: AT }];
  await db.table('conclusions').bulkAdd([
    {
      ...rows, id: 'k-main', statement: NOTE_TEXT, displayIds: ['d-matrix'], statusHistory: history, rivalOfId: null,
      evidence: [
        { id: 'e-1', target: { kind: 'coding', codingId: 'c-1' }, stance: 'supporting', weightNote: 'first-hand', resolution: null, addedBy: 'coder-a', addedAt: AT },
        { id: 'e-2', target: { kind: 'cell', displayId: 'd-matrix', cellKey: '["owner","k-1"]' }, stance: 'disconfirming', weightNote: '', resolution: { kind: 'explained', note: 'Before 2019' }, addedBy: 'coder-a', addedAt: AT },
      ],
    },
    { ...rows, id: 'k-rival', statement: { content: '{}', plainText: 'Owners learn from buyers' }, displayIds: [], statusHistory: history.slice(0, 1), rivalOfId: 'k-main', evidence: [] },
  ]);
  return { ...written, conclusionIds: ['k-main', 'k-rival'] };
};

/** Version 8: the informant's member check, returning the transcript and the main conclusion, their words imported as the source. */
const writeVersion8 = async (db: Dexie): Promise<Written> => {
  const written = await writeVersion7(db);
  await db.table('memberChecks').add({
    id: 'mc-1', projectId: written.projectId, informantId: written.informantId, sentOn: '2024-05-01', answeredOn: '2024-05-09', mode: 'whatsapp',
    language: 'id', words: 'Betul semua.', wordsSourceId: written.sourceId, createdAt: AT, updatedAt: AT,
    items: [
      { id: 'i-1', target: { kind: 'transcript', sourceId: written.sourceId }, response: 'confirm', comment: '', outcomes: [] },
      { id: 'i-2', target: { kind: 'conclusions', conclusionIds: ['k-main'] }, response: 'elaborate', comment: 'Also cousins', outcomes: [{ kind: 'kept', reason: 'Adds detail' }] },
    ],
  });
  return { ...written, memberCheckId: 'mc-1' };
};

/** Version 9: the code's anchor example is its coding, and the project has a pseudonym list (a setting, no index). */
const writeVersion9 = async (db: Dexie): Promise<Written> => {
  const written = await writeVersion8(db);
  await db.transaction('rw', db.tables, async () => {
    await db.table('codes').update('k-1', { anchorCodingId: 'c-1' });
    await db.table('projects').update(written.projectId, { 'settings.pseudonyms': [{ realName: 'Sentul', pseudonym: 'the village' }] });
  });
  return { ...written, anchored: true };
};

/** Version 10: the project's search index saved in the searchIndexes cache (any shape: it is checked when read). */
const writeVersion10 = async (db: Dexie): Promise<Written> => {
  const written = await writeVersion9(db);
  await db.table('searchIndexes').put({ projectId: written.projectId, savedAt: AT, saved: { format: 'caseweave-saved-search-index', version: 1 } });
  return { ...written, savedSearchIndex: true };
};

const WRITERS: Record<number, (db: Dexie) => Promise<Written>> = {
  1: writeVersion1, 2: writeVersion2, 3: writeVersion3, 4: writeVersion4, 5: writeVersion5, 6: writeVersion6, 7: writeVersion7, 8: writeVersion8,
  9: writeVersion9, 10: writeVersion10,
};

/** Version 10: the saved search index reads back by project; before version 10 there is none. */
const checkSavedSearchIndex = async (db: CaseweaveDatabase, written: Written): Promise<void> => {
  const row = await db.searchIndexes.get(written.projectId);
  expect(row === undefined ? undefined : row.savedAt).toBe(written.savedSearchIndex === true ? AT : undefined);
};

/** Version 9: the code anchored on the coding is found by it; before version 9 no code has an anchor. */
const checkAnchors = async (db: CaseweaveDatabase, written: Written): Promise<void> => {
  expect(await db.codes.where('anchorCodingId').equals('c-1').primaryKeys()).toEqual(written.anchored === true ? ['k-1'] : []);
  expect((await db.projects.get(written.projectId))?.settings.pseudonyms).toEqual(written.anchored === true ? [{ realName: 'Sentul', pseudonym: 'the village' }] : undefined);
};

/** Version 8: the member check reads back by informant and by its words' source; before version 8 there are none. */
const checkMemberChecks = async (db: CaseweaveDatabase, written: Written): Promise<void> => {
  const byInformant = await db.memberChecks.where('informantId').equals(written.informantId).toArray();
  if (written.memberCheckId === undefined) {
    expect(byInformant).toEqual([]);
    return;
  }
  expect(byInformant.map((check) => [check.id, check.items.map((item) => item.response)])).toEqual([['mc-1', ['confirm', 'elaborate']]]);
  expect((await db.memberChecks.where('wordsSourceId').equals(written.sourceId).primaryKeys())).toEqual(['mc-1']);
};

/** Version 7: the conclusions read back with their status, evidence and rival; before version 7 there are none. */
const checkConclusions = async (db: CaseweaveDatabase, written: Written): Promise<void> => {
  const conclusions = await listConclusions(db, written.projectId);
  if (written.conclusionIds === undefined) {
    expect(conclusions).toEqual([]);
    return;
  }
  expect(conclusions.map((conclusion) => [conclusion.id, conclusionStatus(conclusion), conclusion.evidence.length, conclusion.rivalOfId]))
    .toEqual([['k-main', 'supported', 2, null], ['k-rival', 'tentative', 0, 'k-main']]);
  expect((await db.conclusions.where('rivalOfId').equals('k-main').toArray()).map((conclusion) => conclusion.id)).toEqual(['k-rival']);
};

/** Version 6: the displays, their cell note, the relation and the sheet read back; before version 6 there are none. */
const checkDisplays = async (db: CaseweaveDatabase, written: Written): Promise<void> => {
  const displays = await listDisplays(db, written.projectId);
  if (written.displayId === undefined) {
    expect(displays).toEqual([]);
    expect(await db.summarySheets.count()).toBe(0);
    return;
  }
  expect(displays.map((display) => [display.name, display.type])).toEqual([['Ecosystem', 'network'], ['Roles', 'role-ordered']]);
  const matrix = await getDisplay(db, written.displayId);
  expect(matrix?.cellNotes[cellKey('owner', 'k-1')]?.summary.plainText).toBe('Owners learn from peers');
  expect((await db.relations.where('displayId').equals('d-network').toArray()).map((relation) => relation.evidence.codingIds)).toEqual([['c-1']]);
  expect((await db.summarySheets.where('sourceId').equals(written.sourceId).toArray()).map((sheet) => sheet.kind)).toEqual(['contact']);
};

/** Version 5: the kept original is there, byte for byte, and the setting on; before version 5 nothing is kept. */
const checkKeptOriginals = async (db: CaseweaveDatabase, written: Written): Promise<void> => {
  expect(await keptOriginalsOf(db, written.projectId)).toEqual(written.original === undefined ? { count: 0, bytes: 0 } : { count: 1, bytes: written.original.length });
  expect(keepsOriginals(await db.projects.get(written.projectId))).toBe(written.original !== undefined);
  if (written.original === undefined) return;
  const original = await readKeptOriginal(db, written.sourceId);
  expect(original.bytes).toEqual(written.original);
  expect(await sha256Hex(original.bytes)).toBe(written.sha256);
};

/** Version 4: the file link is still there and still linked; before version 4 there is none. */
const checkFileLinks = async (db: CaseweaveDatabase, written: Written): Promise<void> => {
  const links = await db.projectFileLinks.where('linkedProjectId').equals(written.projectId).toArray();
  expect(links.map((link) => link.id)).toEqual(written.fileLinkId === undefined ? [] : [written.fileLinkId]);
};

/** Version 3: every coder is a record; each row names its coder by id, a coding's memo is found by its target. */
const checkCoderIdentity = async (db: CaseweaveDatabase, written: Written): Promise<void> => {
  const coders = await listCoders(db);
  expect(coders.map((coder) => [coder.name, coder.initials])).toEqual([['Ayu', 'A'], ['researcher', 'R']]);
  const nameOf = new Map(coders.map((coder) => [coder.id, coder.name]));
  expect((await getCurrentCoder(db)).name).toBe('Ayu');
  const coding = await db.codings.get('c-1');
  expect(coding && nameOf.get(coding.coderId)).toBe('researcher');
  expect(coding && ('coder' in coding || 'memoId' in coding)).toBe(false);
  const memos = await db.memos.where('projectId').equals(written.projectId).sortBy('id');
  expect(memos.map((memo) => [memo.id, nameOf.get(memo.authorId), 'author' in memo])).toEqual([['m-1', 'researcher', false], ['m-2', 'Ayu', false]]);
  expect((await codingMemoOf(db, written.projectId, 'c-1'))?.id).toBe('m-2');
  const [created] = await listAuditEvents(db, written.projectId);
  expect([nameOf.get(created.actorId), 'actor' in created]).toEqual(['researcher', false]);
  expect(await db.appState.get('coderName')).toBeUndefined();
};

/** What every later version must still be able to read of a version-1 database. */
const checkReadable = async (db: CaseweaveDatabase, written: Written): Promise<void> => {
  expect((await listProjects(db)).map((p) => p.name)).toEqual(['Written by v1']);
  expect(await getLastProjectId(db)).toBe(written.projectId);
  const [informant] = await listInformants(db, written.projectId);
  expect(informant.attributes['years in business']).toEqual({ type: 'number', value: 18 });
  const source = await getSource(db, written.sourceId);
  expect(source?.text).toBe(written.text);
  expect(source?.turns.some((turn) => turn.speaker === 'R1')).toBe(true);
  expect((await findSourcesBySha(db, written.projectId, written.sha256)).map((s) => s.id)).toEqual([written.sourceId]);
  expect((await sourcesOfInformant(db, written.informantId)).map((s) => s.id)).toEqual([written.sourceId]);
  expect(await db.codings.where('[sourceId+start]').equals([written.sourceId, 3]).count()).toBe(1);
  expect(await db.codes.where('[projectId+parentId]').equals([written.projectId, 'none']).count()).toBe(0);
  expect((await db.memos.where('[projectId+targetKey]').equals([written.projectId, 'project']).first())?.title).toBe('First memo');
  await checkCoderIdentity(db, written);
  await checkFileLinks(db, written);
  await checkKeptOriginals(db, written);
  await checkDisplays(db, written);
  await checkConclusions(db, written);
  await checkMemberChecks(db, written);
  await checkAnchors(db, written);
  await checkSavedSearchIndex(db, written);
  // And the upgraded database takes writes: the new audit event continues the old ++id sequence.
  await renameSpeaker(db, written.sourceId, 'R1', 'Pak Harjo');
  expect((await getSource(db, written.sourceId))?.speakerLinks).toEqual({ 'Pak Harjo': written.informantId });
  const trail = await listAuditEvents(db, written.projectId);
  expect(trail.map((e) => e.action)).toEqual(['create', 'rename-speaker']);
  expect(trail[1].actorId).toBe((await getCurrentCoder(db)).id);
  expect(trail[1].id).toBeGreaterThan(trail[0].id ?? Infinity);
  // Version 2: saved templates are listed after the built-ins (none when the database predates the table).
  const saved = (await listTemplates(db)).filter((template) => !isBuiltInTemplate(template.id)).map((template) => template.id);
  expect(saved).toEqual(written.savedTemplateId === undefined ? [] : [written.savedTemplateId]);
  const project = await createProject(db, { name: 'After upgrade', templateId: written.savedTemplateId ?? DEFAULT_TEMPLATE_ID });
  expect(await db.codes.where('projectId').equals(project.id).count()).toBeGreaterThan(0);
};

describe('schema history', () => {
  it('is append-only: every published version still has its frozen store definitions', () => {
    expect(SCHEMA_HISTORY.map((s) => s.version)).toEqual(Object.keys(FROZEN_STORES).map(Number));
    for (const schema of SCHEMA_HISTORY) expect(schema.stores, `version ${schema.version}`).toEqual(FROZEN_STORES[schema.version]);
    const versions = SCHEMA_HISTORY.map((s) => s.version);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
  });

  for (const { version } of SCHEMA_HISTORY) {
    it(`opens a database written by schema version ${version} with all its data intact`, async () => {
      const name = uniqueDatabaseName();
      const old = new Dexie(name, FAKE_INDEXED_DB);
      for (let v = 1; v <= version; v += 1) old.version(v).stores(FROZEN_STORES[v]);
      const writer = WRITERS[version];
      expect(writer, `a writer for version ${version}`).toBeDefined();
      const written = await writer(old);
      old.close();

      const db = openCaseweaveDatabase(name, FAKE_INDEXED_DB);
      try {
        await db.open();
        expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
        await checkReadable(db, written);
      } finally {
        db.close();
        await db.delete();
      }
    });
  }
});
