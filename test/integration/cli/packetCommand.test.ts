// `caseweave packet` on the example project, read back as a reader would (pdftotext, the DOCX's document.xml): the
// informant's own excerpts are there, no other informant's coded words are, and another informant's real name has
// given way to their pseudonym — in English and in Bahasa Indonesia, the latter chosen by the informant's latest
// member check. Plus the usage and refusal paths.
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { attributeRange, prepareAttribution } from '../../../shared/analysis/attribution.ts';
import type { Coding, Informant, MemberCheck } from '../../../shared/model/index.ts';
import { commitToSnapshot } from '../../../shared/project/applyToSnapshot.ts';
import { combineChanges, tableChange } from '../../../shared/project/projectChange.ts';
import { snapshotRows } from '../../../shared/projectFile/index.ts';
import { docxText, pdfText } from '../../support/packetText.ts';
import { runCli } from '../../support/runCli.ts';
import { expectNoStackTrace, readSoundProjectFile, saveSnapshot, useTempFolder } from './cliProjectFiles.ts';
import { sourcesWithText } from '../../../shared/projectFile/snapshotData.ts';

const { path } = useTempFolder();
const AT = '2025-06-01T10:00:00.000Z';
const HARJO_ON_RINA = 'For now we still go through the exporter and through Mbak Rina in the Netherlands.';

/** What each informant's packet must hold and must not: their coded words, and every other informant's. */
type Expectations = { own: Map<string, string[]>; others: Map<string, string[]> };
let expectations: Expectations;

const packet = async (informant: string, format: 'pdf' | 'docx', extra: string[] = []): Promise<string> => {
  const file = path(`${informant}-${format}-${extra.join('')}.${format}`);
  const run = await runCli(['packet', path('checked.caseweave'), '--informant', informant, '--format', format, ...extra, '-o', file]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  const bytes = new Uint8Array(await readFile(file));
  return format === 'pdf' ? pdfText(bytes) : docxText(bytes);
};

describe('caseweave packet', () => {
  beforeAll(async () => {
    expect((await runCli(['example', '-o', path('example.caseweave')])).code).toBe(0);
    const { snapshot } = await readSoundProjectFile(path('example.caseweave'));
    const [project] = snapshotRows(snapshot, 'projects');
    const [coder] = snapshotRows(snapshot, 'coders');
    const informants = snapshotRows(snapshot, 'informants');
    const named = (pseudonym: string): Informant => informants.find((informant) => informant.pseudonym === pseudonym) ?? informants[0];
    const harjoInterview = snapshotRows(snapshot, 'sources').find((source) => source.title === 'Interview with Pak Harjo (owner)');
    const text = sourcesWithText(snapshot).find((source) => source.id === harjoInterview?.id)?.text ?? '';
    // Rina's real name is "Rina" here, her pseudonym "R-07"; Harjo speaks of "Mbak Rina" in a passage now coded.
    const rina: Informant = { ...named('Rina'), pseudonym: 'R-07', realName: 'Rina' };
    const coding: Coding = {
      id: 'harjo-on-rina', projectId: project.id, sourceId: harjoInterview?.id ?? '', codeId: snapshotRows(snapshot, 'codes')[0].id,
      start: text.indexOf(HARJO_ON_RINA), end: text.indexOf(HARJO_ON_RINA) + HARJO_ON_RINA.length, coderId: coder.id, createdAt: AT,
    };
    const check = (id: string, language: MemberCheck['language'], sentOn: string): MemberCheck => ({
      id, projectId: project.id, informantId: rina.id, sentOn, answeredOn: null, mode: 'whatsapp', language, items: [], words: '', wordsSourceId: null,
      createdAt: AT, updatedAt: AT,
    });
    const changed = await commitToSnapshot(snapshot, {
      change: combineChanges(
        tableChange('informants', [rina]), tableChange('codings', [coding]),
        tableChange('memberChecks', [check('mc-old', 'en', '2024-05-01'), check('mc-new', 'id', '2024-06-01')]),
      ),
      audit: null,
    }, { actor: coder, at: AT });
    await saveSnapshot(path('checked.caseweave'), changed);
    expect(coding.start).toBeGreaterThan(0);

    // Every coded passage of exactly one informant, by the attribution rule, as the words to find or not to find.
    const sources = new Map(sourcesWithText(changed).map((source) => [source.id, { source, prepared: prepareAttribution(source) }]));
    const own = new Map<string, string[]>();
    for (const row of snapshotRows(changed, 'codings')) {
      const found = sources.get(row.sourceId);
      if (found === undefined) continue;
      const { informantIds } = attributeRange(found.prepared, row.start, row.end);
      if (informantIds.length !== 1) continue;
      const words = found.source.text.slice(row.start, row.end).trim();
      if (words.length >= 20 && !words.includes('\n')) own.set(informantIds[0], [...(own.get(informantIds[0]) ?? []), words]);
    }
    const others = new Map([...own.keys()].map((id) => [id, [...own].filter(([other]) => other !== id).flatMap(([, list]) => list)]));
    expectations = { own, others };
    expect(own.get(named('Harjo').id)?.length).toBeGreaterThan(3);
    expect(own.get(rina.id)?.length).toBeGreaterThan(3);
  });

  const expectOnly = (text: string, pseudonym: string, informantIds: ReadonlyMap<string, string>): void => {
    const id = informantIds.get(pseudonym) ?? '';
    for (const words of expectations.own.get(id) ?? []) expect(text).toContain(words.replace(/\s+/g, ' ').replace(/Mbak Rina/g, 'Mbak R-07'));
    for (const words of expectations.others.get(id) ?? []) expect(text).not.toContain(words.replace(/\s+/g, ' '));
  };

  const idsByPseudonym = async (): Promise<Map<string, string>> => {
    const { snapshot } = await readSoundProjectFile(path('checked.caseweave'));
    return new Map(snapshotRows(snapshot, 'informants').map((informant) => [informant.pseudonym, informant.id]));
  };

  it.each(['pdf', 'docx'] as const)('writes Harjo’s packet as %s in English with his words only and Rina by her pseudonym', async (format) => {
    const text = await packet('harjo', format, ['--lang', 'en']);
    expect(text).toContain('Checking what you told us');
    expect(text).toContain('through Mbak R-07 in the Netherlands');
    expect(text).not.toMatch(/\bRina\b/);
    expectOnly(text, 'Harjo', await idsByPseudonym());
  });

  it.each(['pdf', 'docx'] as const)('writes R-07’s packet as %s in Bahasa Indonesia, the language of her latest member check', async (format) => {
    const text = await packet('R-07', format);
    expect(text).toContain('Kata-kata Anda');
    expect(text).toContain('Saya jadi jembatan.');
    expectOnly(text, 'R-07', await idsByPseudonym());
  });

  it('hides the names of the project\'s pseudonym list too, a place as well as a person', async () => {
    const { snapshot } = await readSoundProjectFile(path('checked.caseweave'));
    const projects = snapshotRows(snapshot, 'projects').map((row) => ({ ...row, settings: { ...row.settings, pseudonyms: [{ realName: 'the Netherlands', pseudonym: 'a country in Europe' }] } }));
    await saveSnapshot(path('listed.caseweave'), { ...snapshot, tables: { ...snapshot.tables, projects } });
    const run = await runCli(['packet', path('listed.caseweave'), '--informant', 'harjo', '--format', 'docx', '--lang', 'en', '-o', path('listed.docx')]);
    expect(run.code).toBe(0);
    const text = docxText(new Uint8Array(await readFile(path('listed.docx'))));
    expect(text).toContain('through Mbak R-07 in a country in Europe');
    expect(text).not.toMatch(/Netherlands|\bRina\b/);
  });

  it('writes an English packet of an Indonesian interview when asked', async () => {
    const text = await packet('R-07', 'pdf', ['--lang', 'en']);
    expect(text).toContain('Your words');
    expect(text).toContain('Saya jadi jembatan.');
  });

  it('refuses an unknown informant, naming the file', async () => {
    const run = await runCli(['packet', path('checked.caseweave'), '--informant', 'Nobody', '--format', 'pdf', '-o', path('nobody.pdf')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('no informant is called "Nobody"');
    expectNoStackTrace(run.stderr);
  });

  it.each([
    [['--informant', 'Harjo', '--format', 'csv', '-o', 'x.pdf'], 'takes one of docx, pdf'],
    [['--informant', 'Harjo', '--format', 'pdf', '-o', '-'], 'write it to a file with -o'],
    [['--informant', 'Harjo', '--format', 'pdf', '--lang', 'fr', '-o', 'x.pdf'], 'takes one of en, id'],
    [['--format', 'pdf', '-o', 'x.pdf'], 'needs option "--informant"'],
  ])('refuses the usage %j', async (args, problem) => {
    const run = await runCli(['packet', path('checked.caseweave'), ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(problem);
  });
});
