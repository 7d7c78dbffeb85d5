// English messages of the importers and the import dialog.
export const importMessages = {
  'import.error.empty': '{file}: the file is empty.',
  'import.error.unsupported': '{file}: this kind of file cannot be imported (supported: .txt, .md, .docx, .odt, .pdf, .vtt, .srt).',
  'import.error.tooLarge': '{file}: the file is too large to import ({size} MB; the limit is {limit} MB).',
  'import.error.notPdf': '{file}: this is not really a PDF (the file does not start like one).',
  'import.error.corrupt': '{file}: the document is damaged and could not be read ({detail}).',
  'import.error.encrypted': '{file}: the document is password-protected; remove the password and import it again.',
  'import.error.encoding': '{file}: the text is in an encoding that could not be read.',
  'import.error.zipUnsafe': '{file}: the document was refused because its contents look unsafe ({detail}).',
  'import.error.timeout': '{file}: reading the document took too long and was stopped.',
  'import.error.noText': '{file}: the document contains no text that could be extracted (is it a scanned image?).',
} as const;
