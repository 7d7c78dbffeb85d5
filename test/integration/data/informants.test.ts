// Informants on real Dexie: CRUD, typed attributes, pseudonym uniqueness, delete unlinks sources, restore relinks.
import { describe, expect, it } from 'vitest';
import { freshDatabase, importText, interviewText } from './testDatabase.ts';
import { createProject, getProject } from '../../../renderer/data/projects.ts';
import {
  addAttributeDefinition, createInformant, deleteInformant, getInformant, listAttributeNames, listInformants, updateInformant,
} from '../../../renderer/data/informants.ts';
import { getSourceSummary, linkSpeaker, sourcesOfInformant, storeImportedSource } from '../../../renderer/data/sources.ts';
import { listAuditEvents } from '../../../renderer/data/audit.ts';
import { UndoManager } from '../../../renderer/undo/undoManager.ts';
import type { AttributeValue } from '../../../shared/model/index.ts';

const allTypes: Record<string, AttributeValue> = {
  village: { type: 'text', value: 'Sentul' },
  'years in business': { type: 'number', value: 18 },
  'first contact': { type: 'date', value: '2024-03-12' },
  'exports directly': { type: 'boolean', value: false },
};

describe('informants', () => {
  it('creates, lists (by pseudonym) and updates informants with attributes of all four types', async () => {
    const db = freshDatabase();
    const project = await createProject(db, { name: 'P' });
    const harjo = await createInformant(db, project.id, { pseudonym: ' Harjo ', role: 'owner', attributes: allTypes });
    await createInformant(db, project.id, { pseudonym: 'dedi', role: 'craftsman' });
    await createInformant(db, project.id, { pseudonym: 'Ayu', role: 'diaspora actor', realName: '  ' });
    expect((await listInformants(db, project.id)).map((i) => i.pseudonym)).toEqual(['Ayu', 'dedi', 'Harjo']);
    const stored = await getInformant(db, harjo.id);
    expect(stored?.attributes).toEqual(allTypes);
    expect(stored?.pseudonym).toBe('Harjo');
    expect((await listInformants(db, project.id))[0].realName).toBeNull();

    await updateInformant(db, harjo.id, {
      role: 'craftsman', attributes: { ...allTypes, 'years in business': { type: 'number', value: 19 } }, realName: 'Real Name',
    });
    const updated = await getInformant(db, harjo.id);
    expect(updated?.role).toBe('craftsman');
    expect(updated?.attributes['years in business']).toEqual({ type: 'number', value: 19 });
    expect(updated?.realName).toBe('Real Name');
    expect(await listAttributeNames(db, project.id)).toEqual([
      { name: 'exports directly', type: 'boolean' }, { name: 'first contact', type: 'date' },
      { name: 'village', type: 'text' }, { name: 'years in business', type: 'number' },
    ]);
    expect((await listAuditEvents(db, project.id)).filter((e) => e.objectType === 'informant').map((e) => e.action))
      .toEqual(['create', 'create', 'create', 'update']);
  });

  it('keeps a declared attribute column before any informant has a value in it, once per name', async () => {
    const db = freshDatabase();
    const project = await createProject(db, { name: 'P' });
    await addAttributeDefinition(db, project.id, { name: ' export  markets ', type: 'text' });
    await addAttributeDefinition(db, project.id, { name: 'Export markets', type: 'number' });
    await addAttributeDefinition(db, project.id, { name: 'joined association', type: 'date' });
    await expect(addAttributeDefinition(db, project.id, { name: '  ', type: 'text' })).rejects.toMatchObject({ key: 'data.error.attributeNameEmpty' });
    expect(await listAttributeNames(db, project.id)).toEqual([
      { name: 'export markets', type: 'text' }, { name: 'joined association', type: 'date' },
    ]);
    expect((await getProject(db, project.id))?.settings.attributeDefinitions).toHaveLength(2);
  });

  it('refuses attribute values that do not match their type and empty attribute names', async () => {
    const db = freshDatabase();
    const project = await createProject(db, { name: 'P' });
    await expect(createInformant(db, project.id, { pseudonym: 'A', role: '', attributes: { n: { type: 'number', value: Number.NaN } } }))
      .rejects.toMatchObject({ key: 'data.error.attributeValueInvalid' });
    await expect(createInformant(db, project.id, { pseudonym: 'A', role: '', attributes: { d: { type: 'date', value: '12/03/2024' } } }))
      .rejects.toMatchObject({ key: 'data.error.attributeValueInvalid' });
    await expect(createInformant(db, project.id, { pseudonym: 'A', role: '', attributes: { ' ': { type: 'text', value: 'x' } } }))
      .rejects.toMatchObject({ key: 'data.error.attributeNameEmpty' });
    expect(await listInformants(db, project.id)).toEqual([]);
  });

  it('keeps pseudonyms unique within a project, case-insensitively, but not across projects', async () => {
    const db = freshDatabase();
    const project = await createProject(db, { name: 'P' });
    const other = await createProject(db, { name: 'Q' });
    const harjo = await createInformant(db, project.id, { pseudonym: 'Harjo', role: 'owner' });
    const dedi = await createInformant(db, project.id, { pseudonym: 'Dedi', role: 'craftsman' });
    await expect(createInformant(db, project.id, { pseudonym: 'HARJO', role: 'owner' }))
      .rejects.toMatchObject({ key: 'data.error.informantPseudonymTaken' });
    await expect(updateInformant(db, dedi.id, { pseudonym: 'harjo' })).rejects.toMatchObject({ key: 'data.error.informantPseudonymTaken' });
    await expect(createInformant(db, project.id, { pseudonym: ' ', role: 'owner' })).rejects.toMatchObject({ key: 'data.error.informantPseudonymEmpty' });
    await updateInformant(db, harjo.id, { pseudonym: 'harjo' });
    expect((await getInformant(db, harjo.id))?.pseudonym).toBe('harjo');
    await createInformant(db, other.id, { pseudonym: 'Harjo', role: 'owner' });
    expect(await listInformants(db, project.id)).toHaveLength(2);
  });

  it('adds a new role to the project presets so presets are extendable', async () => {
    const db = freshDatabase();
    const project = await createProject(db, { name: 'P', rolePresets: ['owner'] });
    const informant = await createInformant(db, project.id, { pseudonym: 'Ketut', role: 'Owner' });
    await updateInformant(db, informant.id, { role: 'art shop owner' });
    expect((await getProject(db, project.id))?.settings.rolePresets).toEqual(['owner', 'art shop owner']);
  });

  it('delete unlinks the informant from sources and speakers; restore puts the links back', async () => {
    const db = freshDatabase();
    const project = await createProject(db, { name: 'P' });
    const harjo = await createInformant(db, project.id, { pseudonym: 'Harjo', role: 'owner' });
    const dedi = await createInformant(db, project.id, { pseudonym: 'Dedi', role: 'craftsman' });
    const imported = await importText('harjo.txt', interviewText('Pak Harjo', 'tuning'));
    const source = await storeImportedSource(db, project.id, imported, {
      kind: 'interview', title: 'Harjo', informantIds: [dedi.id], date: null, language: 'en',
    });
    await linkSpeaker(db, source.id, 'Pak Harjo', harjo.id);
    expect((await sourcesOfInformant(db, harjo.id)).map((s) => s.id)).toEqual([source.id]);

    const undo = new UndoManager();
    await deleteInformant(db, harjo.id, undo);
    expect(await getInformant(db, harjo.id)).toBeUndefined();
    const unlinked = await getSourceSummary(db, source.id);
    expect(unlinked?.informantIds).toEqual([dedi.id]);
    expect(unlinked?.speakerLinks).toEqual({});
    expect(await sourcesOfInformant(db, harjo.id)).toEqual([]);

    expect(undo.undoLabel).toBe('Delete informant “Harjo”');
    await undo.undo();
    const relinked = await getSourceSummary(db, source.id);
    expect(relinked?.informantIds).toEqual([dedi.id, harjo.id]);
    expect(relinked?.speakerLinks).toEqual({ 'Pak Harjo': harjo.id });
    expect((await getInformant(db, harjo.id))?.pseudonym).toBe('Harjo');
  });
});
