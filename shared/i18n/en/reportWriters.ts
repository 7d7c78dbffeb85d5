// English words the report writers add themselves (issue 11): the contents' title, the hint shown in a DOCX until
// Word fills its table of contents in, and the page footer. Everything else in a report arrives translated in the
// report document.
export const reportWritersMessages = {
  'reportWriters.contents': 'Contents',
  'reportWriters.contentsHint': 'To fill in the page numbers, right-click the table of contents and choose Update Field.',
  'reportWriters.page': 'Page {page} of {pages}',
};
