import { openBenchSession, reloadApp } from './benchSession.ts';
import { generateLargeProject, REFERENCE_PROJECT } from './generateLargeProject.ts';
import { seedAnalysisLayer, seedProject, sourceIdsBySha } from './seedInPage.ts';
import { importThroughUi } from './measureImport.ts';
import { openSourceOnce } from './measureOpenSource.ts';
import { selectPassageAndSettle } from './measureApplyCode.ts';
const project = await generateLargeProject({ ...REFERENCE_PROJECT, sources: 3, wordsPerSource: 1500, codings: 300, memos: 20, longSourceWords: 2000, longSourceCodings: 10, probeSourceCodings: 50, retrievalCodeCodings: 20 });
const s = await openBenchSession();
try {
  await seedProject(s.page, project.project);
  await reloadApp(s.page, project.project.name);
  await importThroughUi(s.page, project.sources);
  const ids = await sourceIdsBySha(s.page, project.project.id);
  await seedAnalysisLayer(s.page, project.project.id, project.codes, project.codings, project.memos);
  await reloadApp(s.page, project.project.name);
  const src = project.sources[0];
  const turn = src.turns.find((t) => t.speaker !== null)!;
  await openSourceOnce(s.page, ids.get(src.sha256)!, src.text.slice(turn.start, turn.start + 30), false);
  console.log(await selectPassageAndSettle(s.page, 100));
  await s.page.screenshot({ path: '/tmp/bench-debug1.png' });
  await s.page.keyboard.press('Control+k');
  await s.page.waitForTimeout(1000);
  await s.page.screenshot({ path: '/tmp/bench-debug2.png' });
  console.log(await s.page.evaluate(() => [document.activeElement?.outerHTML.slice(0, 200), getSelection()?.toString(), document.querySelector('.code-picker')?.outerHTML.slice(0, 300)]));
} finally { await s.close(); }
