// The ecosystem-model report as a service of the worker protocol: `build` turns a project snapshot and the options
// into the report document (section by section, each reported as progress with its title) and its HTML for the
// preview; `write` turns a built document into one format's files, the DOCX's figures drawn as PNG by resvg's wasm
// with the PDF's DejaVu fonts (renderer/platform/figureRaster.ts), as the CLI draws them. It keeps nothing between
// calls but the fonts and the wasm, so its calls can move to the main thread if the worker dies.
import type { ReportDocument, ReportFiles, ReportFormat } from '../../shared/report/reportDocument.ts';
import type { ReportOptions } from '../../shared/report/reportOptions.ts';
import type { ProjectSnapshot } from '../../shared/projectFile/projectSnapshot.ts';
import type { RpcEndpoint } from './rpcMessages.ts';
import { serveRpc } from './rpcServer.ts';

export type BuiltReport = { document: ReportDocument; html: string };

export type ReportMethods = {
  build: { params: { snapshot: ProjectSnapshot; options: ReportOptions }; result: BuiltReport };
  write: { params: { document: ReportDocument; format: ReportFormat }; result: ReportFiles };
};

export const serveReport = (endpoint: RpcEndpoint): (() => void) =>
  serveRpc<ReportMethods>(endpoint, {
    build: async ({ snapshot, options }, { signal, progress }) => {
      // The report's code loads with the first report, never with the app.
      const [{ buildReportDocument }, { reportHtml }] = await Promise.all([
        import('../../shared/report/reportContent.ts'),
        import('../../shared/report/writers/reportHtml.ts'),
      ]);
      signal.throwIfAborted();
      const document = await buildReportDocument(snapshot, options, (done, total, sectionTitle) => {
        signal.throwIfAborted();
        progress({ done, total, label: sectionTitle });
      });
      signal.throwIfAborted();
      return { document, html: reportHtml(document) };
    },
    write: async ({ document, format }, { signal, transfer }) => {
      const { writeReport } = await import('../../shared/report/writeReport.ts');
      signal.throwIfAborted();
      const files = await writeReport(document, format, {
        // Loaded with the first DOCX only: the wasm is large.
        rasterise: async (svg, width) => (await (await import('../platform/figureRaster.ts')).loadFigureRasteriser())(svg, width),
        loadFonts: async () => (await import('../platform/packetFonts.ts')).loadPacketFonts(),
      });
      transfer([...new Set([files.main.buffer, ...files.extra.map((file) => file.bytes.buffer)])]);
      return files;
    },
  });
