// English messages of the renderer data layer: validation and storage errors shown to the user.
export const dataMessages = {
  'data.error.projectNameEmpty': 'A project needs a name.',
  'data.error.projectNameTaken': 'A project called “{name}” already exists; choose another name.',
  'data.error.projectNotFound': 'The project could not be found; it may have been deleted.',
  'data.error.informantPseudonymEmpty': 'An informant needs a pseudonym.',
  'data.error.informantPseudonymTaken': 'This project already has an informant called “{name}”.',
  'data.error.informantNotFound': 'The informant could not be found; it may have been deleted.',
  'data.error.attributeNameEmpty': 'An attribute needs a name.',
  'data.error.attributeValueInvalid': 'The value of “{name}” is not a valid {type}.',
  'data.error.sourceNotFound': 'The source could not be found; it may have been deleted.',
  'data.error.sourceTitleEmpty': 'A source needs a title.',
  'data.error.speakerNameEmpty': 'A speaker needs a name.',
  'data.error.speakerNotFound': 'No turn of this source is spoken by “{name}”.',
  'data.error.storeFailed': '{file}: the source could not be saved ({detail}); nothing of it was stored.',
  'data.error.importCancelled': '{file}: not imported because the import was cancelled.',
} as const;
