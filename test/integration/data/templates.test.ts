// Codebook templates on real Dexie: built-ins listed, a project's code tree saved as a template, listed,
// used to create a project (codes, role presets and templateId in the same transaction) and deleted.
import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES, DEFAULT_TEMPLATE_ID, findBuiltInTemplate, type TemplateCode } from '../../../shared/templates/index.ts';
import { buildCodeTree, flattenCodeTree } from '../../../shared/codebook/index.ts';
import { createProject, getProject } from '../../../renderer/data/projects.ts';
import { deleteSavedTemplate, findTemplate, listTemplates, saveCodeTreeAsTemplate } from '../../../renderer/data/templates.ts';
import { CodingStore } from '../../../renderer/data/codingStore.ts';
import { freshDatabase } from './testDatabase.ts';

const countTemplateCodes = (codes: readonly TemplateCode[]): number => codes.reduce((sum, code) => sum + 1 + countTemplateCodes(code.children ?? []), 0);

describe('templates', () => {
  it('creates a project from a built-in template with its codes, role presets and templateId', async () => {
    const db = freshDatabase();
    const template = findBuiltInTemplate(DEFAULT_TEMPLATE_ID);
    if (!template) throw new Error('no default template');
    const project = await createProject(db, { name: 'From template', templateId: DEFAULT_TEMPLATE_ID });
    expect((await getProject(db, project.id))?.templateId).toBe(DEFAULT_TEMPLATE_ID);
    expect(project.settings.rolePresets).toEqual(template.rolePresets);
    const codes = await db.codes.where('projectId').equals(project.id).toArray();
    expect(codes).toHaveLength(countTemplateCodes(template.codes));
    const tree = buildCodeTree(codes, []);
    expect(tree.map((node) => node.code.name)).toEqual(template.codes.map((code) => code.name));
    expect(tree[0].children.map((node) => node.code.name)).toEqual((template.codes[0].children ?? []).map((code) => code.name));
  });

  it('creates an empty project without a template and refuses an unknown template without writing anything', async () => {
    const db = freshDatabase();
    const empty = await createProject(db, { name: 'Empty', templateId: null });
    expect(await db.codes.where('projectId').equals(empty.id).count()).toBe(0);
    await expect(createProject(db, { name: 'Broken', templateId: 'no-such-template' })).rejects.toThrow(/no-such-template/);
    expect(await db.projects.count()).toBe(1);
  });

  it('saves a code tree as a template, lists it, creates a project from it and deletes it', async () => {
    const db = freshDatabase();
    const original = await createProject(db, { name: 'Original', templateId: null, rolePresets: ['farmer', 'trader'] });
    const store = await CodingStore.load(db, original.id);
    const roots = await store.createCode({ parentId: null, name: 'Markets', color: '#112233', definition: 'Where drums are sold' });
    await store.createCode({ parentId: roots.id, name: 'Local markets', definition: 'Sold in Blitar' });
    await store.createCode({ parentId: null, name: 'Skills' });
    store.dispose();

    const saved = await saveCodeTreeAsTemplate(db, original.id, { name: 'My  codebook', description: 'Saved from Original' });
    expect(saved).toMatchObject({ id: 'my-codebook', name: 'My codebook', rolePresets: ['farmer', 'trader'] });
    expect(saved.codes.map((code) => code.name)).toEqual(['Markets', 'Skills']);
    const listed = await listTemplates(db);
    expect(listed.map((template) => template.id)).toEqual([...BUILT_IN_TEMPLATES.map((t) => t.id), 'my-codebook']);
    await expect(saveCodeTreeAsTemplate(db, original.id, { name: 'my codebook', description: '' })).rejects.toThrow(/already exists/);

    const copy = await createProject(db, { name: 'Copy', templateId: saved.id });
    expect(copy.settings.rolePresets).toEqual(['farmer', 'trader']);
    const copied = flattenCodeTree(buildCodeTree(await db.codes.where('projectId').equals(copy.id).toArray(), []));
    expect(copied.map((node) => [node.depth, node.code.name, node.code.definition])).toEqual([
      [0, 'Markets', 'Where drums are sold'], [1, 'Local markets', 'Sold in Blitar'], [0, 'Skills', ''],
    ]);
    expect(copied[0].code.color).toBe('#112233');

    await expect(deleteSavedTemplate(db, DEFAULT_TEMPLATE_ID)).rejects.toThrow(/cannot be deleted/);
    await deleteSavedTemplate(db, saved.id);
    expect(await findTemplate(db, saved.id)).toBeUndefined();
    expect((await listTemplates(db)).length).toBe(BUILT_IN_TEMPLATES.length);
    // The project keeps its codes and remembers where they came from.
    expect((await getProject(db, copy.id))?.templateId).toBe(saved.id);
  });
});
