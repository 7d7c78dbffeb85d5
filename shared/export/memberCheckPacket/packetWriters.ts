// The packet's two file writers on their own, for a caller that loads them apart from the packet's content (the app's
// packet worker).
export { memberCheckPacketDocx } from './packetDocx.ts';
export { memberCheckPacketPdf, type PacketFonts } from './packetPdf.ts';
