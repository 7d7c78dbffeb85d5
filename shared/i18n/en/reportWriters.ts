// English messages the report's DOCX and PDF writers add of their own (issue 11): the table of contents' title, the
// hint shown until Word fills it in, and the page footer.
export const reportWritersMessages = {
  'reportWriters.contents': 'Contents',
  'reportWriters.contentsHint': 'To fill in the page numbers, right-click the table of contents and choose Update Field.',
  'reportWriters.page': 'Page {page} of {pages}',
};
