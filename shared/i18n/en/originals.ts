// English messages of kept originals (the bytes of imported files a project keeps when asked): the project's
// setting in Settings and what it costs, dropping what was kept, the source's details, and the repairs of a project
// file whose originals do not fit its sources.
export const originalsMessages = {
  'originals.settings.title': 'Project “{name}”',
  'originals.settings.titleNoProject': 'Project',
  'originals.settings.noProject': 'Open a project to choose what its project file keeps.',
  'originals.settings.keep': 'Keep imported files in the project file',
  'originals.settings.cost':
    'Caseweave then keeps a copy of each file you import from now on, so you can save it back out later. The project file, its autosaves and its backups grow by the size of those files: a scanned PDF can add tens of megabytes. Off by default.',
  'originals.settings.keptNone': 'No imported files kept.',
  'originals.settings.kept': '{count, plural, one {# imported file} other {# imported files}} kept ({size}).',
  'originals.off.title': 'Stop keeping imported files?',
  'originals.off.message':
    'This project keeps {count, plural, one {# imported file} other {# imported files}} ({size}). Drop them to make the project file smaller, or keep them and only stop keeping new ones. Undo brings dropped files back.',
  'originals.off.drop': 'Drop them',
  'originals.off.keep': 'Keep them',
  'originals.dropped': 'Dropped {count, plural, one {# imported file} other {# imported files}} ({size}) from “{name}”.',
  'originals.undo.drop': 'Drop the imported files of “{name}”',
  'originals.undo': 'Undo',
  'originals.source.label': 'Original',
  'originals.source.kept': 'Original kept ({size})',
  'originals.source.save': 'Save original…',
  'originals.source.saved': 'Saved the original file as {path}.',
  'originals.source.filter': 'Original file',
  'originals.delete.part': 'kept original file',
  'originals.repair.orphan': 'A kept original file ({fileName}) belongs to no source ({source}): it will be removed.',
  'originals.repair.mismatch':
    'The kept original file of source "{source}" ({fileName}) is not the file the source was imported from: it will be removed.',
};
