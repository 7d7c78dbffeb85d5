// The report service over the worker protocol (in-thread, as when no worker can start): `build` reports each section
// with its title as progress and returns the document with its HTML; `write` returns the chosen format's files and
// uses the figures rasterised for it, refusing a DOCX whose figure was not; a withdrawn build is cancelled.
import { describe, expect, it } from 'vitest';
import { createRpcClient, isAbortError } from '../../../../renderer/workers/rpcClient.ts';
import { inThreadConnection } from '../../../../renderer/workers/inThreadEndpoint.ts';
import { serveReport, type ReportMethods } from '../../../../renderer/workers/reportService.ts';
import type { RpcProgress } from '../../../../renderer/workers/rpcMessages.ts';
import { parseExampleSources, planExampleProject } from '../../../../shared/example/planExampleProject.ts';
import { commitToSnapshot } from '../../../../shared/project/applyToSnapshot.ts';
import { completeSnapshot, type ProjectSnapshot } from '../../../../shared/projectFile/projectSnapshot.ts';
import { defaultReportOptions } from '../../../../shared/report/reportOptions.ts';
import { reportHtml } from '../../../../shared/report/writers/reportHtml.ts';
import { sampleReportDocument } from '../../../support/sampleReportDocument.ts';

const client = () => createRpcClient<ReportMethods>(inThreadConnection(serveReport));
const AT = '2026-03-01T09:00:00.000Z';
let example: ProjectSnapshot | null = null;
/** The example project as its file carries it. */
const exampleSnapshot = async (): Promise<ProjectSnapshot> => {
  if (example !== null) return example;
  const actor = { id: 'coder-1', name: 'Researcher', initials: 'R', createdAt: AT, updatedAt: AT };
  const planned = planExampleProject(await parseExampleSources(), { coderId: actor.id, at: AT });
  example = completeSnapshot(await commitToSnapshot({ projectId: planned.result.id, tables: {} }, planned, { actor, at: AT }));
  return example;
};

describe('the report service', () => {
  it('builds the chosen sections, each reported with its title, and returns the HTML of the document', async () => {
    const options = defaultReportOptions('en', '2026-03-01T09:00:00.000Z');
    const sections = options.sections.map((section) => (section.id === 'findings' ? { ...section, title: 'What we found' } : section.id === 'model' ? { ...section, included: false } : section));
    const progress: RpcProgress[] = [];
    const built = await client().call('build', { snapshot: await exampleSnapshot(), options: { ...options, sections } }, { onProgress: (step) => progress.push(step) });
    expect(built.html).toBe(reportHtml(built.document));
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1)?.done).toBe(progress.at(-1)?.total);
    expect(progress.map((step) => step.label)).toContain('What we found');
    expect(built.document.sections.map((section) => section.title)).toContain('What we found');
    expect(built.document.sections.map((section) => section.id)).not.toContain('model');
  });

  it('writes a format\'s files, with Markdown\'s figures beside it', async () => {
    const document = sampleReportDocument();
    const files = await client().call('write', { document, format: 'md' });
    const figures = document.sections.flatMap((section) => section.blocks.flatMap((block) => (block.kind === 'figure' ? [block.fileName] : [])));
    expect(files.extra.map((file) => file.name)).toEqual(figures);
    expect(new TextDecoder().decode((await client().call('write', { document, format: 'html' })).main)).toBe(reportHtml(document));
  });

  it('withdraws a build whose signal aborts', async () => {
    const controller = new AbortController();
    controller.abort();
    const snapshot = await exampleSnapshot();
    await expect(client().call('build', { snapshot, options: defaultReportOptions('en', '2026-03-01T09:00:00.000Z') }, { signal: controller.signal })).rejects.toSatisfy(isAbortError);
  });
});
