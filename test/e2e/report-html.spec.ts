// The report's HTML file in real Chromium: the sample report document written by the HTML writer and loaded as a
// page; every figure's drawing shows with its nodes and arrow heads, the contents' links reach their sections, and
// the print stylesheet starts each section on a new page. The screenshot is for looking at the layout.
import { expect, test } from '@playwright/test';
import { reportHtml } from '../../shared/report/writers/reportHtml.ts';
import { SAMPLE_QUOTE, sampleReportDocument } from '../support/sampleReportDocument.ts';

test('the HTML report shows its figures, links its contents and pages its sections for print', async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const document = sampleReportDocument();
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.setContent(reportHtml(document));

  await expect(page).toHaveTitle(document.title);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(document.title);
  await expect(page.locator('blockquote.quote p')).toHaveText(SAMPLE_QUOTE);

  const figures = page.locator('figure.figure');
  const expected = document.sections.flatMap((section) => section.blocks).filter((block) => block.kind === 'figure');
  await expect(figures).toHaveCount(expected.length);
  for (const [index, figure] of expected.entries()) {
    const drawing = figures.nth(index).locator('svg[role="img"]');
    await expect(drawing).toBeVisible();
    await expect(drawing.locator('[data-node-id]')).toHaveCount(figure.network.graph.nodes.length);
    await expect(figures.nth(index).locator('figcaption')).toHaveText(figure.caption);
    const box = await drawing.boundingBox();
    expect(box?.width).toBeGreaterThan(300);
    expect(box?.height).toBeGreaterThan(200);
    // Each arrow head's marker is found in the page: its id was prefixed together with the reference to it.
    const unresolved = await drawing.evaluate((svg) => [...svg.querySelectorAll('[marker-end]')]
      .map((element) => /url\(#([^)]+)\)/.exec(element.getAttribute('marker-end') ?? '')?.[1] ?? '')
      .filter((id) => svg.ownerDocument.getElementById(id)?.tagName !== 'marker'));
    expect(unresolved).toEqual([]);
  }
  await page.screenshot({ path: 'reports/screenshots/report-html.png', fullPage: true });

  const contents = page.getByRole('navigation', { name: 'Contents' });
  for (const section of document.sections) await expect(contents.getByRole('link', { name: section.title })).toBeVisible();
  await contents.getByRole('link', { name: 'Trustworthiness' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Trustworthiness' })).toBeInViewport();
  await expect(page.getByRole('table')).toBeInViewport();

  await page.emulateMedia({ media: 'print' });
  const breaks = await page.locator('.report-section').evaluateAll((sections) => sections.map((section) => getComputedStyle(section).breakBefore));
  expect(breaks).toEqual(document.sections.map(() => 'page'));
  expect(await page.locator('blockquote.quote').evaluate((quote) => getComputedStyle(quote).breakInside)).toBe('avoid');
  expect(pageErrors).toEqual([]);
});
