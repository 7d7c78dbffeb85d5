// Project changes: joining changes made one after the other, inverting a change for undo, and applying a change
// to rows held in memory. Besides worked cases, random changes over four tables with different kinds of key (id,
// sourceId, appState key, audit number) check that a change followed by its inverse restores every table, and that
// a combined change does what its parts do one after the other.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Code } from '../../../../shared/model/index.ts';
import { keyOf } from '../../../../shared/project/entityRegistry.ts';
import {
  applyTableChange,
  changedTables,
  combineChanges,
  deletesOf,
  emptyChange,
  invertChange,
  invertChangeIn,
  isEmptyChange,
  putsOf,
  tableChange,
  touchedKeys,
  type ProjectChange,
  type RowsBefore,
  type TableChange,
} from '../../../../shared/project/projectChange.ts';
import type { Key, TableName, TableRows } from '../../../../shared/project/tableRows.ts';
import { code } from '../codebook/codebookFixture.ts';
import { auditEvent, sourceText } from './projectFixture.ts';

const named = (id: string, name: string): Code => code(id, name, null, 0);

describe('changedTables and isEmptyChange', () => {
  it('lists the tables with writes in the order they were added, skipping empty parts', () => {
    const change: ProjectChange = {
      memos: { put: [], delete: ['m1'] },
      codes: { put: [], delete: [] },
      appState: { put: [{ key: 'lastProjectId', value: null }], delete: [] },
    };
    expect(changedTables(change)).toEqual(['memos', 'appState']);
    expect(isEmptyChange(change)).toBe(false);
  });

  it('calls a change empty when no table has a put or a delete', () => {
    expect(isEmptyChange(emptyChange())).toBe(true);
    expect(isEmptyChange({ codes: { put: [], delete: [] }, codings: { put: [], delete: [] } })).toBe(true);
    expect(isEmptyChange(tableChange('codes', [], ['n']))).toBe(false);
    expect(isEmptyChange(tableChange('codes', [named('n', 'N')]))).toBe(false);
  });

  it('reads a missing table as no puts and no deletes', () => {
    const change = tableChange('codes', [named('n', 'N')], ['x']);
    expect(putsOf(change, 'codings')).toEqual([]);
    expect(deletesOf(change, 'codings')).toEqual([]);
    expect([...touchedKeys(change, 'codes')].sort()).toEqual(['n', 'x']);
  });
});

describe('combineChanges', () => {
  it('lets the later write of a key win and keeps one entry per key', () => {
    const combined = combineChanges(
      tableChange('codes', [named('a', 'First'), named('b', 'Untouched later')]),
      tableChange('codes', [named('a', 'Second')]),
    );
    expect(putsOf(combined, 'codes').map((row) => [row.id, row.name]).sort()).toEqual([['a', 'Second'], ['b', 'Untouched later']]);
    expect(deletesOf(combined, 'codes')).toEqual([]);
  });

  it('turns a put followed by a delete into a delete', () => {
    const combined = combineChanges(tableChange('codes', [named('a', 'New')]), tableChange('codes', [], ['a']));
    expect(putsOf(combined, 'codes')).toEqual([]);
    expect(deletesOf(combined, 'codes')).toEqual(['a']);
  });

  it('turns a delete followed by a put into a put', () => {
    const combined = combineChanges(tableChange('codes', [], ['a']), tableChange('codes', [named('a', 'Back')]));
    expect(putsOf(combined, 'codes')).toEqual([named('a', 'Back')]);
    expect(deletesOf(combined, 'codes')).toEqual([]);
  });

  it('joins the tables of all the changes', () => {
    const combined = combineChanges(tableChange('codes', [], ['a']), emptyChange(), tableChange('appState', [{ key: 'x', value: 1 }]));
    expect(changedTables(combined).sort()).toEqual(['appState', 'codes']);
    expect(combineChanges()).toEqual({});
  });
});

describe('invertChange and invertChangeIn', () => {
  const before = [named('kept', 'Kept'), named('renamed', 'Old name'), named('gone', 'Gone')];
  const change = tableChange('codes', [named('renamed', 'New name'), named('fresh', 'Fresh')], ['gone', 'never-there']);
  const tablesBefore: { [T in TableName]?: TableRows[T][] } = { codes: before };
  const rowsBefore: RowsBefore = (table, key) => tablesBefore[table]?.find((row) => keyOf(table, row) === key);

  it('brings deleted rows back, gives replaced rows their old version and deletes new rows', () => {
    const inverse = invertChange(change, rowsBefore);
    expect(putsOf(inverse, 'codes').map((row) => [row.id, row.name]).sort()).toEqual([['gone', 'Gone'], ['renamed', 'Old name']]);
    // A key deleted that never existed has nothing to bring back.
    expect(deletesOf(inverse, 'codes')).toEqual(['fresh']);
    expect(changedTables(inverse)).toEqual(['codes']);
  });

  it('finds the rows before in tables held in memory', () => {
    expect(invertChangeIn(change, { codes: before })).toEqual(invertChange(change, rowsBefore));
  });

  it('restores the table when applied after the change', () => {
    const after = applyTableChange('codes', before, change);
    expect(after.map((row) => row.name)).toEqual(['Kept', 'New name', 'Fresh']);
    const restored = applyTableChange('codes', after, invertChangeIn(change, { codes: before }));
    expect([...restored].sort((a, b) => a.id.localeCompare(b.id))).toEqual([...before].sort((a, b) => a.id.localeCompare(b.id)));
  });
});

describe('applyTableChange', () => {
  it('replaces rows in place, drops deleted ones and appends new ones in the order given', () => {
    const rows = [named('a', 'A'), named('b', 'B'), named('c', 'C')];
    const change = tableChange('codes', [named('z', 'Z'), named('b', 'B2'), named('y', 'Y')], ['a']);
    expect(applyTableChange('codes', rows, change).map((row) => row.name)).toEqual(['B2', 'C', 'Z', 'Y']);
  });

  it('hands back the same rows when the change does not write to the table', () => {
    const rows = [named('a', 'A')];
    expect(applyTableChange('codes', rows, tableChange('codings', [], ['g1']))).toBe(rows);
  });

  it('keys rows by their own key path, not by an id', () => {
    const texts = [sourceText('s1'), sourceText('s2')];
    const change = tableChange('sourceTexts', [{ ...sourceText('s1'), text: 'Corrected' }], ['s2']);
    expect(applyTableChange('sourceTexts', texts, change)).toEqual([{ ...sourceText('s1'), text: 'Corrected' }]);
  });
});

// Random changes over a small set of tables.

type SmallTable = 'codes' | 'sourceTexts' | 'appState' | 'auditEvents';
type SmallTables = { [T in SmallTable]: TableRows[T][] };

/** A table's small key space, and how to make a row from a key and a payload that tells versions apart. */
type Spec<T extends SmallTable> = { table: T; keys: readonly Key[]; row: (key: Key, payload: string) => TableRows[T] };

const SPECS: { [T in SmallTable]: Spec<T> } = {
  codes: { table: 'codes', keys: ['a', 'b', 'c', 'd'], row: (key, payload) => named(String(key), payload) },
  sourceTexts: { table: 'sourceTexts', keys: ['s1', 's2', 's3'], row: (key, payload) => ({ ...sourceText(String(key)), text: payload }) },
  appState: {
    table: 'appState', keys: ['lastProjectId', 'currentCoderId', 'exampleSeeded'], row: (key, payload) => ({ key: String(key), value: payload }),
  },
  auditEvents: { table: 'auditEvents', keys: [1, 2, 3], row: (key, payload) => ({ ...auditEvent(Number(key)), detail: payload }) },
};

const payloadArb = fc.constantFrom('v1', 'v2', 'v3');

const rowsArb = <T extends SmallTable>(spec: Spec<T>): fc.Arbitrary<TableRows[T][]> =>
  fc
    .uniqueArray(fc.tuple(fc.constantFrom(...spec.keys), payloadArb), { selector: ([key]) => key })
    .map((entries) => entries.map(([key, payload]) => spec.row(key, payload)));

/** One table's part of a change; a key is never both deleted and put in one table. */
const partArb = <T extends SmallTable>(spec: Spec<T>): fc.Arbitrary<TableChange<T>> =>
  fc.record({ put: rowsArb(spec), deleted: fc.uniqueArray(fc.constantFrom(...spec.keys)) }).map(({ put, deleted }) => {
    const putKeys = new Set(put.map((row) => keyOf(spec.table, row)));
    return { put, delete: deleted.filter((key) => !putKeys.has(key)) };
  });

const tablesArb: fc.Arbitrary<SmallTables> = fc.record({
  codes: rowsArb(SPECS.codes),
  sourceTexts: rowsArb(SPECS.sourceTexts),
  appState: rowsArb(SPECS.appState),
  auditEvents: rowsArb(SPECS.auditEvents),
});

/** A change writing to any of the tables; a table it leaves out has no entry at all. */
const changeArb: fc.Arbitrary<ProjectChange> = fc
  .record(
    {
      codes: partArb(SPECS.codes),
      sourceTexts: partArb(SPECS.sourceTexts),
      appState: partArb(SPECS.appState),
      auditEvents: partArb(SPECS.auditEvents),
    },
    { requiredKeys: [] },
  )
  .map((parts) => parts satisfies ProjectChange);

const applyAll = (tables: SmallTables, change: ProjectChange): SmallTables => ({
  codes: applyTableChange('codes', tables.codes, change),
  sourceTexts: applyTableChange('sourceTexts', tables.sourceTexts, change),
  appState: applyTableChange('appState', tables.appState, change),
  auditEvents: applyTableChange('auditEvents', tables.auditEvents, change),
});

/** Each table's rows ordered by key: applying a change may reorder rows, and order is no part of a table. */
const normalized = (tables: SmallTables): SmallTables => {
  const byKey = <T extends SmallTable>(table: T, rows: readonly TableRows[T][]): TableRows[T][] =>
    [...rows].sort((a, b) => String(keyOf(table, a)).localeCompare(String(keyOf(table, b))));
  return {
    codes: byKey('codes', tables.codes),
    sourceTexts: byKey('sourceTexts', tables.sourceTexts),
    appState: byKey('appState', tables.appState),
    auditEvents: byKey('auditEvents', tables.auditEvents),
  };
};

describe('random changes', () => {
  it('are undone by their inverse: applying change then inverse gives back every table', () => {
    fc.assert(
      fc.property(tablesArb, changeArb, (tables, change) => {
        const inverse = invertChangeIn(change, tables);
        expect(normalized(applyAll(applyAll(tables, change), inverse))).toEqual(normalized(tables));
      }),
      { numRuns: 500 },
    );
  });

  it('combine into one change that does what they do one after the other, and that undoes as one', () => {
    fc.assert(
      fc.property(tablesArb, changeArb, changeArb, changeArb, (tables, first, second, third) => {
        const stepwise = applyAll(applyAll(applyAll(tables, first), second), third);
        const combined = combineChanges(first, second, third);
        expect(normalized(applyAll(tables, combined))).toEqual(normalized(stepwise));
        expect(normalized(applyAll(stepwise, invertChangeIn(combined, tables)))).toEqual(normalized(tables));
        for (const table of changedTables(combined)) {
          const putKeys = new Set(putsOf(combined, table).map((row) => keyOf(table, row)));
          expect(deletesOf(combined, table).filter((key) => putKeys.has(key))).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
