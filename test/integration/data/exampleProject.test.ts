// Seeding of the shipped example study on real Dexie, through the real importers.
import { describe, expect, it } from 'vitest';
import { freshDatabase } from './testDatabase.ts';
import { seedExampleProjectIfEmpty } from '../../../renderer/data/example/seedExample.ts';
import { EXAMPLE_INFORMANTS, EXAMPLE_SOURCES } from '../../../shared/example/exampleProject.ts';
import { createProject, deleteProject, getLastProjectId, listProjects } from '../../../renderer/data/projects.ts';
import { listAttributeNames, listInformants } from '../../../renderer/data/informants.ts';
import { getSource, listSourceSummaries, sourcesOfInformant } from '../../../renderer/data/sources.ts';
import { countWords } from '../../../renderer/data/sources.ts';
import { ECOSYSTEM_ROLE_PRESETS } from '../../../shared/templates/ecosystem-roles.ts';

describe('example project', () => {
  it('ships five original sources of 250–450 words covering interviews, an observation and a document', () => {
    expect(EXAMPLE_SOURCES).toHaveLength(5);
    for (const source of EXAMPLE_SOURCES) {
      const words = countWords(source.content.replace(/<[^>]*>|^\d\d:\d\d:\d\d\.\d{3} --> .*$/gm, ''));
      expect(words, source.fileName).toBeGreaterThanOrEqual(250);
      expect(words, source.fileName).toBeLessThanOrEqual(450);
    }
    expect(new Set(EXAMPLE_SOURCES.map((s) => s.kind))).toEqual(new Set(['interview', 'observation', 'document']));
    expect(new Set(EXAMPLE_SOURCES.map((s) => s.fileName.split('.').pop()))).toEqual(new Set(['txt', 'vtt', 'md']));
  });

  it('is created on first run with informants, roles, attributes and imported sources with speaker turns', async () => {
    const db = freshDatabase();
    const project = await seedExampleProjectIfEmpty(db);
    expect(project?.isExample).toBe(true);
    expect(project?.researchQuestions.length).toBeGreaterThanOrEqual(4);
    expect(project?.settings.rolePresets).toEqual([...ECOSYSTEM_ROLE_PRESETS.roles]);
    if (!project) throw new Error('no example project');
    expect(await getLastProjectId(db)).toBe(project.id);

    const informants = await listInformants(db, project.id);
    expect(informants.map((i) => i.pseudonym).sort()).toEqual(EXAMPLE_INFORMANTS.map((i) => i.pseudonym).sort());
    expect(new Set(informants.map((i) => i.role))).toEqual(new Set(ECOSYSTEM_ROLE_PRESETS.roles));
    expect(new Set((await listAttributeNames(db, project.id)).map((a) => a.type))).toEqual(new Set(['text', 'number', 'date', 'boolean']));

    const summaries = await listSourceSummaries(db, project.id);
    expect(summaries).toHaveLength(EXAMPLE_SOURCES.length);
    for (const example of EXAMPLE_SOURCES) {
      const summary = summaries.find((s) => s.originalFileName === example.fileName);
      const source = summary && (await getSource(db, summary.id));
      if (!source) throw new Error(`missing ${example.fileName}`);
      expect(source.kind).toBe(example.kind);
      expect(source.text.length).toBeGreaterThan(1000);
      expect(source.informantIds.length, example.fileName).toBeGreaterThan(0);
      if (example.kind === 'interview') {
        const speakers = new Set(source.turns.map((turn) => turn.speaker));
        expect(speakers.size, example.fileName).toBeGreaterThanOrEqual(2);
        // The informant's speaker label is linked to the informant and the interviewer is not.
        expect(Object.keys(source.speakerLinks), example.fileName).toHaveLength(1);
        const [label] = Object.keys(source.speakerLinks);
        expect(source.turns.filter((turn) => turn.speaker === label).length).toBeGreaterThanOrEqual(3);
      }
    }
    const vtt = summaries.find((s) => s.format === 'vtt');
    expect(vtt?.turns.some((turn) => turn.timestamp !== null)).toBe(true);

    for (const informant of informants) {
      const theirs = await sourcesOfInformant(db, informant.id);
      expect(theirs.length, informant.pseudonym).toBeGreaterThan(0);
    }
    const harjo = informants.find((i) => i.pseudonym === 'Harjo');
    const harjoTitles = (await sourcesOfInformant(db, harjo?.id ?? '')).map((s) => s.kind).sort();
    expect(harjoTitles).toEqual(['interview', 'observation']);
  });

  it('is created only once: a second call, even after the example was deleted, does nothing', async () => {
    const db = freshDatabase();
    const [first, concurrent] = await Promise.all([seedExampleProjectIfEmpty(db), seedExampleProjectIfEmpty(db)]);
    expect([first, concurrent].filter((p) => p !== null)).toHaveLength(1);
    expect(await seedExampleProjectIfEmpty(db)).toBeNull();
    expect(await db.sources.count()).toBe(EXAMPLE_SOURCES.length);
    await deleteProject(db, (first ?? concurrent)?.id ?? '');
    expect(await seedExampleProjectIfEmpty(db)).toBeNull();
    expect(await listProjects(db)).toEqual([]);
  });

  it('is not created when the user already has projects', async () => {
    const db = freshDatabase();
    await createProject(db, { name: 'Mine' });
    expect(await seedExampleProjectIfEmpty(db)).toBeNull();
    expect((await listProjects(db)).map((p) => p.name)).toEqual(['Mine']);
  });
});
