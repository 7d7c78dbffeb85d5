// English messages of the renderer's project-file flow: the File menu, opening, saving and autosaving `.caseweave`
// files, the replace/copy and repair dialogs, read-only mode, and the data layer's refusals while loading a file.
export const projectFilesMessages = {
  'projectFiles.error.projectExists': 'A project with the id of this file is already here; open it as a copy or replace the local copy.',
  'projectFiles.error.projectMissing': 'The local copy to replace is no longer here; open the file as a new project.',
  'projectFiles.error.rowsInUse': 'Some records of this file ({table}) are already part of another project here; open the file as a copy.',
  'projectFiles.error.snapshotWithoutProject': 'The file holds no project record.',
  'projectFiles.error.readOnly': '“{name}” is open read-only; changes are not saved. Open the file again when no other window has it, or save a copy.',
  'projectFiles.numberedName': '{name} ({number})',
  'projectFiles.picker.description': 'Caseweave project',
  'projectFiles.error.fileGone': '{file} can no longer be found; it may have been moved, renamed or deleted.',
  'projectFiles.error.noPermission': 'Caseweave may not use {file}; allow access when the browser asks, or choose the file again.',
  'projectFiles.error.lockedElsewhere': '{file} is open in another window or tab, so it cannot be written here. Close it there first, or save under another name.',
} as const;
