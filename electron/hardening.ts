// Applies the policy of security.ts to Electron objects: every webContents refuses navigation, new windows and
// webviews; the session refuses every permission but the app's own clipboard writes, and every network request.
// Electron is imported for types only.
import type { Session, WebContents } from 'electron';
import { decidePermission, decideWindowOpen, isNavigationAllowed, isRequestAllowed } from './security.ts';

export const hardenWebContents = (contents: WebContents): void => {
  contents.setWindowOpenHandler(() => decideWindowOpen());
  contents.on('will-navigate', (event) => {
    if (!isNavigationAllowed(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isNavigationAllowed(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isNavigationAllowed(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
};

export const hardenSession = (session: Session): void => {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => callback(decidePermission(permission, details.requestingUrl)));
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => decidePermission(permission, requestingOrigin));
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isRequestAllowed(details.url) }));
};
