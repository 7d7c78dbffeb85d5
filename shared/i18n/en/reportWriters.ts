// English words the report writers add themselves (issue 11): everything else in a report arrives translated in the
// report document.
export const reportWritersMessages = {
  'reportWriters.contents': 'Contents',
};
