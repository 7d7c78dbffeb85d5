// English messages of the renderer's platform failures that reach the user as a toast: the clipboard, drawing a
// network as an image, loading the packet's fonts (issue 12: they used to be English literals).
export const rendererErrorsMessages = {
  'rendererErrors.clipboardUnavailable': 'The clipboard is not available here.',
  'rendererErrors.networkNotRendered': 'The network drawing could not be rendered.',
  'rendererErrors.packetFontMissing': 'The packet font {url} could not be loaded ({status}).',
} as const;
