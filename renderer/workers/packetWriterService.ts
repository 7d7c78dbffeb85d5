// Writing a member-check packet as a service of the worker protocol: the DOCX and PDF writers (docx, pdf-lib with
// fontkit, which subsets three DejaVu fonts) take a noticeable moment, so they run off the UI thread. The packet's
// content is small and built by the caller; the file's bytes are transferred back, not copied. It keeps nothing
// between calls but the fonts, so its calls can move to the main thread if the worker dies.
import type { MemberCheckPacket } from '../../shared/export/memberCheckPacket/packetContent.ts';
import type { PacketFormat } from '../../shared/export/memberCheckPacket/packetOptions.ts';
import type { RpcEndpoint } from './rpcMessages.ts';
import { serveRpc } from './rpcServer.ts';

export type PacketWriterMethods = {
  write: { params: { packet: MemberCheckPacket; format: PacketFormat }; result: Uint8Array };
};

export const servePacketWriting = (endpoint: RpcEndpoint): (() => void) =>
  serveRpc<PacketWriterMethods>(endpoint, {
    write: async ({ packet, format }, { signal, transfer }) => {
      // The writers load with the first packet, never with the app.
      const writers = await import('../../shared/export/memberCheckPacket/packetWriters.ts');
      signal.throwIfAborted();
      const bytes = format === 'pdf'
        ? await writers.memberCheckPacketPdf(packet, await (await import('../platform/packetFonts.ts')).loadPacketFonts())
        : await writers.memberCheckPacketDocx(packet);
      transfer([bytes.buffer]);
      return bytes;
    },
  });
