// The file name an export of a display suggests: the display's name in lower case, letters and digits kept (accents
// dropped), everything else one dash; "display" when nothing is left.
export const exportFileName = (name: string, extension: string): string =>
  `${name.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').toLowerCase() || 'display'}.${extension}`;
