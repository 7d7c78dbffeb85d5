// Putting text on the system clipboard ("Copy with citation"). One implementation serves both renderer kinds: the
// standard Clipboard API works in the browser, and in Electron because the session lets the app's own pages write to the
// clipboard (electron/security.ts decidePermission) — text only, never reading, and only after a user gesture.
import { DataError } from '../data/errors.ts';
export const writeClipboardText = async (text: string): Promise<void> => {
  const clipboard = globalThis.navigator?.clipboard;
  if (clipboard === undefined) throw new DataError('rendererErrors.clipboardUnavailable');
  await clipboard.writeText(text);
};
