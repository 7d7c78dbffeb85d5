// The member-check packet (issue 10, point 4): its content for one informant, and that content as DOCX or PDF.
export * from './replaceRealNames.ts';
export * from './ownExcerpts.ts';
export * from './packetContent.ts';
export * from './packetBlocks.ts';
export * from './packetDocx.ts';
export * from './packetPdf.ts';
export * from './packetOptions.ts';
