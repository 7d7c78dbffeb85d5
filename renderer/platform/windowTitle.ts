// The window's title (the linked file's name): the document title, which Electron's main also shows unless told
// otherwise through the bridge.
import { readBridge } from './platform.ts';

export const showWindowTitle = (title: string): void => {
  document.title = title;
  // A title that does not reach main leaves the document's, which is still right.
  void readBridge()?.setWindowTitle(title).catch(() => undefined);
};
