// `caseweave example` writes the project the app seeds on first start: the file, read as the app reads it, holds the
// same rows in every table as a database the app's seeding filled (fake-indexeddb), ids and times aside; only the
// coder differs (the CLI's "caseweave-cli" where the app has its current coder).
import { describe, expect, it } from 'vitest';
import { seedExampleProjectIfEmpty } from '../../../renderer/data/example/seedExample.ts';
import type { CaseweaveDatabase } from '../../../renderer/data/database.ts';
import { codePathNames, indexCodes } from '../../../shared/codebook/index.ts';
import type { Id } from '../../../shared/model/index.ts';
import { ENTITY_REGISTRY, projectFileJsonTables, projectFileTables } from '../../../shared/project/entityRegistry.ts';
import type { TableName } from '../../../shared/project/tableRows.ts';
import { PROJECT_FILE_FORMAT_VERSION, projectFileRows, snapshotRows, type ProjectSnapshot, type SnapshotTables } from '../../../shared/projectFile/index.ts';
import { runCli } from '../../support/runCli.ts';
import { freshDatabase } from '../data/testDatabase.ts';
import { expectNoStackTrace, readSoundProjectFile, useTempFolder } from './cliProjectFiles.ts';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/data/schemaHistory.ts';

const { path } = useTempFolder();

/** Every row of the project in the database, table by table, as a project file carries them. */
const databaseSnapshot = async (db: CaseweaveDatabase, projectId: Id): Promise<ProjectSnapshot> => {
  const tables: Record<string, unknown[]> = {};
  for (const table of projectFileTables()) {
    if (table === 'projects') tables[table] = [await db.projects.get(projectId)];
    else if (ENTITY_REGISTRY[table].scope === 'installation') tables[table] = await db.table(table).toArray();
    else tables[table] = await db.table(table).where('projectId').equals(projectId).sortBy(ENTITY_REGISTRY[table].key);
  }
  return { projectId, tables: tables as SnapshotTables };
};

/**
 * A name for every id of the snapshot that says what the row is (a source by its file name, a code by its path, a
 * coding by its source, range and code), so two projects made apart compare row by row.
 */
const naturalNames = (snapshot: ProjectSnapshot): Map<string, string> => {
  const names = new Map<string, string>();
  const project = snapshotRows(snapshot, 'projects')[0];
  names.set(project.id, 'project');
  project.researchQuestions.forEach((question, index) => names.set(question.id, `question ${index + 1}`));
  for (const informant of snapshotRows(snapshot, 'informants')) names.set(informant.id, `informant ${informant.pseudonym}`);
  for (const source of snapshotRows(snapshot, 'sources')) names.set(source.id, `source ${source.originalFileName}`);
  const codes = indexCodes(snapshotRows(snapshot, 'codes'));
  for (const code of codes.values()) names.set(code.id, `code ${codePathNames(codes, code.id).join(' / ')}`);
  for (const coding of snapshotRows(snapshot, 'codings')) {
    names.set(coding.id, `coding ${names.get(coding.sourceId)} ${coding.start}-${coding.end} ${names.get(coding.codeId)}`);
  }
  for (const memo of snapshotRows(snapshot, 'memos')) names.set(memo.id, `memo ${memo.title}`);
  for (const display of snapshotRows(snapshot, 'displays')) {
    names.set(display.id, `display ${display.name}`);
    if (display.definition.kind === 'network') for (const node of display.definition.nodes) names.set(node.id, `node ${display.name} ${node.label}`);
  }
  for (const relation of snapshotRows(snapshot, 'relations')) {
    names.set(relation.id, `relation ${names.get(relation.fromNodeId)} ${relation.type} ${names.get(relation.toNodeId)}`);
  }
  for (const sheet of snapshotRows(snapshot, 'summarySheets')) names.set(sheet.id, `${sheet.kind} summary of ${names.get(sheet.sourceId)}`);
  for (const coder of snapshotRows(snapshot, 'coders')) names.set(coder.id, 'the coder');
  for (const conclusion of snapshotRows(snapshot, 'conclusions')) {
    names.set(conclusion.id, `conclusion ${conclusion.statement.plainText}`);
    conclusion.evidence.forEach((item, index) => names.set(item.id, `evidence ${index + 1} of ${conclusion.statement.plainText}`));
    conclusion.tactics.forEach((entry, index) => names.set(entry.id, `tactic ${index + 1} of ${conclusion.statement.plainText}`));
  }
  for (const check of snapshotRows(snapshot, 'memberChecks')) {
    const name = `member check of ${names.get(check.informantId)} sent ${check.sentOn}`;
    names.set(check.id, name);
    check.items.forEach((item, index) => names.set(item.id, `item ${index + 1} of ${name}`));
  }
  return names;
};

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** The value with every id (in its keys too) replaced by its natural name, every instant by "<time>", and its keys in one order. */
const normalised = (value: unknown, names: ReadonlyMap<string, string>): unknown => {
  if (typeof value === 'string') return INSTANT.test(value) ? '<time>' : value.replace(UUID, (id) => `<${names.get(id) ?? `unknown id ${id}`}>`);
  if (Array.isArray(value)) return value.map((item) => normalised(item, names));
  // Keys too: cell notes are keyed by ids (cell keys), summary sheets' answers by research question ids.
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).map(([key, item]): [string, unknown] => [String(normalised(key, names)), normalised(item, names)]);
    return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
  }
  return value;
};

/** Each table's rows as a project file carries them, normalised and in a stable order. */
const comparableTables = (snapshot: ProjectSnapshot): Record<string, unknown[]> => {
  const names = naturalNames(snapshot);
  const tables: Record<string, unknown[]> = {};
  for (const table of projectFileTables()) {
    const rows = projectFileRows(snapshot, table).map((row) => normalised(row, names));
    // Audit events keep their trail order; other rows are compared as sets.
    tables[table] = table === 'auditEvents' ? rows : rows.map((row) => JSON.stringify(row)).sort().map((row) => JSON.parse(row) as unknown);
  }
  return tables;
};

const withoutCoderNames = (tables: Record<string, unknown[]>): Record<string, unknown[]> => ({
  ...tables,
  coders: tables.coders.map((coder) => ({ ...(coder as object), name: '<name>', initials: '<initials>' })),
});

describe('caseweave example', () => {
  it('writes the project the app seeds on first start, table by table', async () => {
    const file = path('example.caseweave');
    const run = await runCli(['example', '-o', file]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Kendang Jimbe case study (example)');
    const { snapshot, manifest } = await readSoundProjectFile(file);
    expect(manifest).toMatchObject({ formatVersion: PROJECT_FILE_FORMAT_VERSION, schemaVersion: CURRENT_SCHEMA_VERSION, projectName: 'Kendang Jimbe case study (example)' });

    const db = freshDatabase();
    const seeded = await seedExampleProjectIfEmpty(db);
    if (seeded === null) throw new Error('the app did not seed the example');
    const fromApp = comparableTables(await databaseSnapshot(db, seeded.id));
    const fromCli = comparableTables(snapshot);

    // The example fills every table but the kept originals (keeping them is a setting, off by default); both must
    // still be equal, table by table.
    for (const table of projectFileJsonTables()) expect(fromCli[table].length, table).toBeGreaterThan(0);
    expect(fromCli.sourceOriginals).toEqual([]);
    const checked: TableName[] = [];
    for (const table of projectFileTables()) {
      expect(withoutCoderNames(fromCli)[table], table).toEqual(withoutCoderNames(fromApp)[table]);
      checked.push(table);
    }
    expect(checked).toEqual(projectFileTables());
    // Nothing was left unnamed: every id of one project has its counterpart in the other.
    expect(JSON.stringify(fromCli)).not.toContain('unknown id');
    expect(snapshotRows(snapshot, 'coders').map((coder) => coder.name)).toEqual(['caseweave-cli']);
    expect(fromApp.coders).toEqual([expect.objectContaining({ name: 'researcher' })]);
    // The trail: the transcript correction a member check led to, at the instant its outcome names, and the project's
    // creation, both by the CLI's coder.
    const actorId = snapshotRows(snapshot, 'coders')[0].id;
    const [correction, creation] = snapshotRows(snapshot, 'auditEvents');
    expect(snapshotRows(snapshot, 'auditEvents')).toHaveLength(2);
    expect(correction).toMatchObject({ action: 'correct', objectType: 'source', actorId });
    expect(creation).toMatchObject({ action: 'create', objectType: 'project', detail: 'Kendang Jimbe case study (example)', actorId });
    const outcomes = snapshotRows(snapshot, 'memberChecks').flatMap((check) => check.items.flatMap((item) => item.outcomes));
    expect(outcomes.filter((outcome) => outcome.kind === 'transcript-correction')).toEqual([
      expect.objectContaining({ sourceId: correction.objectId, correctedAt: correction.at }),
    ]);
  });

  it('refuses to replace an existing file and leaves it as it was', async () => {
    const file = path('taken.caseweave');
    expect((await runCli(['example', '-o', file])).code).toBe(0);
    const before = await readSoundProjectFile(file);
    const run = await runCli(['example', '-o', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`${file}: the file already exists; choose another name or remove it first.\n`);
    expectNoStackTrace(run.stderr);
    expect((await readSoundProjectFile(file)).snapshot).toEqual(before.snapshot);
  });
});
